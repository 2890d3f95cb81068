import Foundation
import PassCore

/// Upload progress on standard error: one bar per file, redrawn in place at
/// most ten times a second on a terminal; plain lines for each change that
/// matters (start, retry, end) otherwise.
final class UploadProgressView {
    private struct Row {
        var name: String
        var sent: Int64 = 0
        var total: Int64 = 0
        var state = "waiting"
    }

    private var rows: [Row]
    private var index: [String: Int] = [:]
    private let live: Bool
    private var drawn = 0
    private var lastDraw = ContinuousClock.now - .seconds(1)

    init(jobs: [UploadJob], live: Bool) {
        rows = jobs.map { Row(name: TextSanitizer.sanitize("\($0.assetID) (\($0.file.fileName))")) }
        for (i, job) in jobs.enumerated() { index[job.assetID] = i }
        self.live = live
    }

    func show(_ event: UploadEvent) {
        guard let i = index[event.assetID] else { return }
        var line: String?
        switch event.change {
        case .started(let total):
            rows[i].total = total
            rows[i].state = "uploading"
            line = "\(rows[i].name): uploading \(ByteCount.text(Int(total)))"
        case .progress(let sent, let total):
            rows[i].sent = sent
            rows[i].total = total
        case .retrying(let attempt, let reason, let delay):
            rows[i].state = "retrying"
            line = "\(rows[i].name): attempt \(attempt) failed (\(reason)); retrying in \(Self.seconds(delay))"
        case .finished(let sha):
            rows[i].sent = rows[i].total
            rows[i].state = "arrived"
            line = "\(rows[i].name): arrived" + (sha.map { ", sha256 \($0)" } ?? "")
        case .failed(let failure):
            rows[i].state = "failed"
            line = "\(rows[i].name): failed: \(failure.reason)"
        }
        if live {
            let now = ContinuousClock.now
            let final: Bool = switch event.change {
            case .progress: false
            default: true
            }
            if final || now - lastDraw >= .milliseconds(100) {
                lastDraw = now
                draw()
            }
        } else if let line {
            StandardStreams.err(TextSanitizer.sanitize(line) + "\n")
        }
    }

    /// Leaves the last frame on screen.
    func finish() {
        if live { draw() }
    }

    private func draw() {
        var text = drawn > 0 ? "\u{1B}[\(drawn)A" : ""
        // Each row fits the terminal's width: a wrapped row would break the redraw.
        let columns = Self.terminalColumns()
        let barWidth = columns >= 100 ? 24 : 12
        for row in rows {
            let fraction = row.total > 0 ? min(1, Double(row.sent) / Double(row.total)) : 0
            let filled = Int(fraction * Double(barWidth))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
            let tail = " \(bar) \(String(format: "%3d%%", Int(fraction * 100))) \(ByteCount.text(Int(row.sent)))/\(ByteCount.text(Int(row.total))) \(row.state)"
            let room = max(8, columns - 1 - tail.count)
            let name = row.name.count > room ? String(row.name.prefix(room - 1)) + "…"
                : row.name.padding(toLength: min(room, rows.map(\.name.count).max() ?? 0), withPad: " ", startingAt: 0)
            text += "\r\u{1B}[2K" + String((name + tail).prefix(columns - 1)) + "\n"
        }
        drawn = rows.count
        StandardStreams.errDrawing(text)
    }

    /// The width of the terminal on standard error (80 when unknown).
    static func terminalColumns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    static func seconds(_ d: Duration) -> String {
        let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
        return String(format: "%.1f s", Double(ms) / 1000)
    }
}
