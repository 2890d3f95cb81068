import Dispatch
import Foundation
import PassCore

/// A terminal in memory: a grid of cells with styles, fed by a script of keys, pastes, sizes
/// and signals, with its own virtual clock. Screens run on it exactly as on the real tty.
public final class HeadlessTerminal: Terminal {
    /// One scripted happening.
    public enum Step: Sendable {
        case key(Key)
        /// Each character typed as a plain key.
        case type(String)
        case paste(String)
        case resize(Size)
        case signal(TerminalSignal)
        /// Nothing happens until the loop's timeout passes (virtual time moves on; ticks fire).
        case idle
        /// Waits, in real time, for a message posted from another thread (up to `timeout`).
        case awaitMessage(timeout: Duration)
    }

    public private(set) var size: Size
    public var colorDepth: ColorDepth
    public var supportsUnicode: Bool
    public let waker: any Waker
    /// The last frame presented, with styles fitted to ``colorDepth``.
    public private(set) var screen: ScreenBuffer
    /// How many frames were presented.
    public private(set) var frameCount = 0
    /// How many cells the last frame changed (what a real terminal would be sent).
    public private(set) var lastChangedCells = 0
    /// Whether the screen is taken over (between `start` and `stop`).
    public private(set) var isActive = false
    /// The virtual time, moved on by ``Step/idle``.
    public private(set) var now: ContinuousClock.Instant

    private var script: [Step]
    private let semaphore: DispatchSemaphore

    public init(size: Size = Size(width: 100, height: 30), colorDepth: ColorDepth = .indexed256,
                supportsUnicode: Bool = true, script: [Step] = []) {
        self.size = size
        self.colorDepth = colorDepth
        self.supportsUnicode = supportsUnicode
        self.screen = ScreenBuffer(size: size)
        self.script = script
        self.now = ContinuousClock.now
        let semaphore = DispatchSemaphore(value: 0)
        self.semaphore = semaphore
        self.waker = SemaphoreWaker(semaphore: semaphore)
    }

    /// Adds steps to the end of the script.
    public func enqueue(_ steps: [Step]) { script += steps }

    /// What the program last put on the clipboard.
    public private(set) var clipboard: String?

    public func copyToClipboard(_ text: String) { clipboard = text }

    public func start() throws { isActive = true }
    public func stop() { isActive = false }

    public func present(_ frame: ScreenBuffer) {
        var fitted = frame
        if colorDepth != .indexed256 { fitted.restyle(fitted.bounds) { $0 = $0.fitted(to: colorDepth) } }
        lastChangedCells = FrameDiff.changedCells(from: frameCount == 0 ? nil : screen, to: fitted)
        screen = fitted
        frameCount += 1
    }

    public func nextEvents(timeout: Duration?) -> [TerminalEvent]? {
        guard !script.isEmpty else { return nil }
        switch script.removeFirst() {
        case .key(let key): return [.key(key)]
        case .type(let text): return text.map { .key(.char($0)) }
        case .paste(let text): return [.paste(text)]
        case .signal(let signal): return [.signal(signal)]
        case .resize(let newSize):
            size = newSize
            return [.resize(newSize)]
        case .idle:
            if let timeout { now = now.advanced(by: timeout) }
            return []
        case .awaitMessage(let timeout):
            let nanoseconds = Int(timeout.inNanoseconds)
            _ = semaphore.wait(timeout: .now() + .nanoseconds(nanoseconds))
            return []
        }
    }

    /// Runs `program` over a new headless terminal until the script ends or it quits.
    /// Returns how it ended, the program's final state and the terminal (for its ``screen``).
    public static func run<P: Program>(
        _ program: P, size: Size = Size(width: 100, height: 30), colorDepth: ColorDepth = .indexed256, script: [Step]
    ) -> (outcome: RunOutcome, program: P, terminal: HeadlessTerminal) {
        let terminal = HeadlessTerminal(size: size, colorDepth: colorDepth, script: script)
        let runner = ProgramRunner(program: program, terminal: terminal, clock: { [unowned terminal] in terminal.now })
        let outcome = runner.run()
        runner.draw()
        return (outcome, runner.program, terminal)
    }
}

extension HeadlessTerminal {
    /// As ``run(_:size:colorDepth:script:)``, on a thread of its own, as ``TerminalApp`` runs the
    /// real loop. Use it when the script waits for messages from tasks (``Step/awaitMessage(timeout:)``):
    /// a loop blocking a thread of the cooperative pool could starve the very tasks it waits for.
    public static func runOnOwnThread<P: Program>(
        _ program: P, size: Size = Size(width: 100, height: 30), colorDepth: ColorDepth = .indexed256, script: [Step]
    ) async -> (outcome: RunOutcome, program: P, terminal: HeadlessTerminal) {
        let result = ResultBox<(outcome: RunOutcome, program: P, terminal: HeadlessTerminal)>()
        let work = UncheckedBox { result.value = run(program, size: size, colorDepth: colorDepth, script: script) }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let thread = Thread {
                work.value()
                continuation.resume()
            }
            thread.start()
        }
        return result.value ?? (.inputEnded, program, HeadlessTerminal(size: size, script: []))
    }
}

final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}

struct SemaphoreWaker: Waker {
    let semaphore: DispatchSemaphore
    func wake() { semaphore.signal() }
}

/// Which cells differ between two frames.
public enum FrameDiff {
    /// The runs of changed cells, row by row: `(row, first column, cells)`.
    public static func changedRuns(from old: ScreenBuffer?, to new: ScreenBuffer) -> [(y: Int, x: Int, count: Int)] {
        var runs: [(Int, Int, Int)] = []
        for y in new.changedRows(since: old) {
            var x = 0
            while x < new.size.width {
                guard let old, old.size == new.size else {
                    runs.append((y, 0, new.size.width))
                    break
                }
                if old[x: x, y: y] == new[x: x, y: y] { x += 1; continue }
                var end = x
                while end < new.size.width, old[x: end, y: y] != new[x: end, y: y] { end += 1 }
                // A changed wide grapheme's right half, or a cell after a changed one, redraws with it.
                let start = (x > 0 && new[x: x, y: y].isContinuation) ? x - 1 : x
                runs.append((y, start, end - start))
                x = end
            }
        }
        return runs
    }

    /// How many cells differ (every cell when there is no previous frame or the size changed).
    public static func changedCells(from old: ScreenBuffer?, to new: ScreenBuffer) -> Int {
        changedRuns(from: old, to: new).reduce(0) { $0 + $1.count }
    }
}
