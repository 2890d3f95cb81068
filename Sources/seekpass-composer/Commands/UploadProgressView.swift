import ComposerKit
import Foundation
import PassCore
import TerminalUI

/// Upload progress on standard error. On a terminal: one bar per file in
/// aligned columns (`UploadLines`), redrawn in place at most ten times a
/// second, with what happened to an attempt (a failure, a retry) printed
/// above the bars so that it stays on screen. Otherwise plain lines for
/// each change that matters (start, retry, end).
final class UploadProgressView {
    private struct Row {
        var line: UploadLine
        var speed = TransferRate()
    }

    private var rows: [Row]
    private var index: [String: Int] = [:]
    private let live: Bool
    private let print: (String) -> Void
    private let drawing: (String) -> Void
    private let columns: () -> Int
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var drawn = 0
    private var lastDraw: ContinuousClock.Instant
    /// Lines to print above the bars at the next draw.
    private var events: [String] = []

    /// `print` is where plain lines go, `drawing` where the bars' frames go (both standard error;
    /// a frame's own cursor movements pass, every name in it has been made visible first).
    init(jobs: [UploadJob], live: Bool, print: @escaping (String) -> Void = StandardStreams.err,
         drawing: @escaping (String) -> Void = StandardStreams.errDrawing,
         columns: @escaping () -> Int = UploadProgressView.terminalColumns) {
        rows = jobs.map {
            Row(line: UploadLine(fileName: TextSanitizer.sanitize($0.file.fileName), assetID: TextSanitizer.sanitize($0.assetID),
                                 total: $0.file.size))
        }
        for (i, job) in jobs.enumerated() { index[job.assetID] = i }
        self.live = live
        self.print = print
        self.drawing = drawing
        self.columns = columns
        start = clock.now
        lastDraw = start - .seconds(1)
    }

    func show(_ event: UploadEvent) {
        guard let i = index[event.assetID] else { return }
        let now = clock.now
        let seconds = (now - start).inSeconds
        let name = UploadLines.labels(rows.map(\.line))[i]
        var line: String?
        var row = rows[i]
        let attempt: Int = switch row.line.state {
        case .uploading(let a), .arrived(let a): a
        case .retrying(let a, _): a + 1
        default: 1
        }
        switch event.change {
        case .started(let total):
            row.line.total = total
            row.line.sent = 0
            row.line.state = .uploading(attempt: 1)
            row.speed.reset()
            row.speed.record(bytes: 0, at: seconds)
            line = "\(name): uploading \(ByteCount.text(Int(total)))"
        case .progress(let sent, let total):
            row.line.sent = sent
            row.line.total = total
            if case .retrying = row.line.state { row.line.state = .uploading(attempt: attempt) }
            if case .waiting = row.line.state { row.line.state = .uploading(attempt: 1) }
            row.speed.record(bytes: sent, at: seconds)
        case .retrying(let failed, let reason, let delay):
            row.line.state = .retrying(attempt: failed, seconds: delay.inSeconds)
            row.line.sent = 0
            row.speed.reset()
            line = "\(name): attempt \(failed) failed (\(reason)); retrying in \(UploadLines.tenths(delay.inSeconds))"
        case .finished(let sha):
            row.line.sent = row.line.total ?? row.line.sent
            row.line.state = .arrived(attempt: attempt)
            line = "\(name): arrived" + (attempt > 1 ? " on attempt \(attempt)" : "") + (sha.map { ", sha256 \($0)" } ?? "")
        case .failed(let failure):
            row.line.state = .failed
            line = "\(name): failed: \(failure.reason)"
        }
        row.line.bytesPerSecond = row.speed.bytesPerSecond
        row.line.secondsLeft = row.speed.secondsLeft(sent: row.line.sent, total: row.line.total)
        rows[i] = row
        if live {
            // What went wrong stays above the bars; starts and ends show in the bars themselves.
            switch event.change {
            case .retrying, .failed: if let line { events.append(line) }
            default: break
            }
            let final: Bool = switch event.change {
            case .progress: false
            default: true
            }
            if final || now - lastDraw >= .milliseconds(100) {
                lastDraw = now
                draw()
            }
        } else if let line {
            print(TextSanitizer.sanitize(line) + "\n")
        }
    }

    /// Leaves the last frame on screen.
    func finish() {
        if live { draw() }
    }

    private func draw() {
        var text = drawn > 0 ? "\u{1B}[\(drawn)A" : ""
        // What happened goes above the bars; it may take more than one row, so the rows
        // below the cursor are cleared first (nothing of an older frame is left).
        if !events.isEmpty { text += "\r\u{1B}[J" }
        for event in events { text += TextSanitizer.sanitize(event) + "\n" }
        events = []
        for line in UploadLines.render(rows.map(\.line), width: columns()) {
            text += "\r\u{1B}[2K" + line + "\n"
        }
        drawn = rows.count
        drawing(text)
    }

    /// The width of the terminal on standard error (80 when unknown).
    static func terminalColumns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
