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
        rows = jobs.map { Row(name: "\($0.assetID) (\($0.file.fileName))") }
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
            StandardStreams.err(line + "\n")
        }
    }

    /// Leaves the last frame on screen.
    func finish() {
        if live { draw() }
    }

    private func draw() {
        var text = drawn > 0 ? "\u{1B}[\(drawn)A" : ""
        let width = min(rows.map(\.name.count).max() ?? 0, 40)
        for row in rows {
            let name = row.name.count > width ? String(row.name.prefix(width - 1)) + "…" : row.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let fraction = row.total > 0 ? Double(row.sent) / Double(row.total) : 0
            let filled = Int(fraction * 24)
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 24 - filled)
            let percent = String(format: "%3d%%", Int(fraction * 100))
            text += "\u{1B}[2K\(name) \(bar) \(percent) \(ByteCount.text(Int(row.sent)))/\(ByteCount.text(Int(row.total))) \(row.state)\n"
        }
        drawn = rows.count
        StandardStreams.err(text)
    }

    static func seconds(_ d: Duration) -> String {
        let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
        return String(format: "%.1f s", Double(ms) / 1000)
    }
}
