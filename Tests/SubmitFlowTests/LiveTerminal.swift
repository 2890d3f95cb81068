import Dispatch
import Foundation
import PassCore
import TestSupport
@testable import TerminalUI

/// A terminal in memory that runs in real time: the test pushes keys from
/// its own thread, the loop waits for them (or for posted messages) as it
/// would on a tty, and every presented frame is recorded with its time and
/// the number of cells it changed.
final class LiveTerminal: Terminal, @unchecked Sendable {
    struct Frame {
        var time: ContinuousClock.Instant
        var changedCells: Int
        var text: String
    }

    let size: Size
    let colorDepth: ColorDepth = .indexed256
    let supportsUnicode = true
    let waker: any Waker

    private let lock = NSLock()
    private let semaphore = DispatchSemaphore(value: 0)
    private var pending: [TerminalEvent] = []
    private var ended = false
    private var frames: [Frame] = []
    private var previous: ScreenBuffer?

    init(size: Size = Size(width: 120, height: 40)) {
        self.size = size
        waker = Wake(semaphore: semaphore)
    }

    func start() throws {}
    func stop() {}
    func copyToClipboard(_ text: String) {}

    func present(_ frame: ScreenBuffer) {
        let changed = FrameDiff.changedCells(from: previous, to: frame)
        previous = frame
        let record = Frame(time: .now, changedCells: changed, text: frame.text)
        lock.withLock { frames.append(record) }
    }

    func nextEvents(timeout: Duration?) -> [TerminalEvent]? {
        let taken: [TerminalEvent]? = lock.withLock {
            if ended && pending.isEmpty { return nil }
            let events = pending
            pending.removeAll()
            return events
        }
        guard let taken else { return nil }
        if !taken.isEmpty { return taken }
        if let timeout {
            let nanoseconds = Int(timeout.inNanoseconds)
            _ = semaphore.wait(timeout: .now() + .nanoseconds(nanoseconds))
        } else {
            semaphore.wait()
        }
        return []
    }

    // MARK: From the test's thread

    func press(_ keys: Key...) {
        lock.withLock { pending += keys.map { .key($0) } }
        semaphore.signal()
    }

    func signal(_ signal: TerminalSignal) {
        lock.withLock { pending.append(.signal(signal)) }
        semaphore.signal()
    }

    /// Ends the loop once it has taken every pending event.
    func end() {
        lock.withLock { ended = true }
        semaphore.signal()
    }

    var recorded: [Frame] { lock.withLock { frames } }

    var screen: String { lock.withLock { frames.last?.text ?? "" } }

    /// Polls the last frame every 10 ms until `predicate` holds.
    @discardableResult
    func waitUntil(_ what: String, timeout: Duration = Wait.ceiling, _ predicate: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        var last = ""
        while ContinuousClock.now < deadline {
            last = screen
            if predicate(last) { return last }
            usleep(10_000)
        }
        throw Timeout(what: what, screen: last)
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Duration = Wait.ceiling) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var screen: String
        var description: String { "timed out waiting for \(what); screen was:\n\(screen)" }
    }

    private struct Wake: Waker {
        let semaphore: DispatchSemaphore
        func wake() { semaphore.signal() }
    }
}

/// A program running on its own thread over a ``LiveTerminal``, as the real
/// program runs; `finish()` ends it and returns how it ended and its last state.
final class LiveRun<P: Program>: @unchecked Sendable where P: Sendable {
    let terminal: LiveTerminal
    private let done = DispatchSemaphore(value: 0)
    private var result: (outcome: RunOutcome, program: P)?

    init(_ program: P, size: Size = Size(width: 120, height: 40)) {
        let terminal = LiveTerminal(size: size)
        self.terminal = terminal
        let thread = Thread { [self] in
            let runner = ProgramRunner(program: program, terminal: terminal)
            let outcome = runner.run()
            result = (outcome, runner.program)
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Ends the loop (if it has not quit already) and waits for it.
    func finish(timeout: Duration = Wait.ceiling) -> (outcome: RunOutcome, program: P)? {
        terminal.end()
        return waitForExit(timeout: timeout)
    }

    /// Waits for the loop to end by itself.
    func waitForExit(timeout: Duration = Wait.ceiling) -> (outcome: RunOutcome, program: P)? {
        if completed { return result }
        guard done.wait(timeout: .now() + Double(timeout.components.seconds)) == .success else { return nil }
        completed = true
        return result
    }

    private var completed = false
}
