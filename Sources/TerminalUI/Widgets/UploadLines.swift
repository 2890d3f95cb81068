import PassCore

/// One file's upload as a line of `seekpass-composer submit` shows it.
public struct UploadLine: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        case waiting
        /// Sending; `attempt` counts from 1.
        case uploading(attempt: Int)
        /// An attempt failed; the next starts in `seconds`.
        case retrying(attempt: Int, seconds: Double)
        case arrived(attempt: Int)
        case failed
    }

    public var fileName: String
    public var assetID: String
    public var sent: Int64
    public var total: Int64?
    public var bytesPerSecond: Double?
    public var secondsLeft: Double?
    public var state: State

    public init(fileName: String, assetID: String, sent: Int64 = 0, total: Int64? = nil, bytesPerSecond: Double? = nil,
                secondsLeft: Double? = nil, state: State = .waiting) {
        self.fileName = fileName
        self.assetID = assetID
        self.sent = sent
        self.total = total
        self.bytesPerSecond = bytesPerSecond
        self.secondsLeft = secondsLeft
        self.state = state
    }
}

/// Upload bars as plain text lines, one per file, in aligned columns that
/// fit a width: the file's name (with the distinguishing tail of its asset
/// id when two files share a name, or as a column of its own when there
/// is room), the bar, the percentage, the bytes, the rate, the time left
/// and the state. Narrow widths get the short forms of the labels before a
/// name is cut; then the name gives way (its extension kept), never the
/// rate or the time left.
public enum UploadLines {
    /// The lines for `rows`, each at most `width - 1` cells (a line that
    /// reached the last column would wrap on some terminals and break the
    /// redraw).
    public static func render(_ rows: [UploadLine], width: Int) -> [String] {
        guard !rows.isEmpty else { return [] }
        let room = max(20, width - 1)
        let names = labels(rows)
        for short in [false, true] {
            let cells = rows.map { columns($0, short: short) }
            let widths = (0..<5).map { c in cells.map { TextLayout.width($0[c]) }.max() ?? 0 }
            let fixed = widths.reduce(0, +) + widths.filter { $0 > 0 }.count
            let nameWidth = names.map(TextLayout.width).max() ?? 0
            // The bar takes 10 to 24 cells, the name what is left (at least 8).
            let available = room - fixed - 1
            let nameColumn = min(nameWidth, max(8, available - 10))
            var barWidth = min(24, available - nameColumn)
            // The short forms come before a name is cut or the bar shrinks below 10 cells.
            if !short && (barWidth < 10 || nameColumn < nameWidth) { continue }
            barWidth = max(4, barWidth)
            var idColumn: [String]? = nil
            let spare = room - (nameColumn + 1 + barWidth + fixed)
            let tails = distinguishingTails(rows.map(\.assetID), width: min(24, max(0, spare - 2)))
            let tailWidth = tails.map(TextLayout.width).max() ?? 0
            if !short, tailWidth >= 6, spare >= tailWidth + 2 { idColumn = tails }
            return rows.indices.map { i in
                var line = pad(fit(names[i], width: nameColumn), nameColumn)
                if let idColumn { line += " " + pad(idColumn[i], tailWidth) + " " }
                line += " " + bar(rows[i], width: barWidth)
                for c in 0..<5 where widths[c] > 0 {
                    // Numbers are right-aligned so that their digits line up; words left-aligned.
                    line += " " + (c == 4 ? pad(cells[i][c], widths[c]) : padLeft(cells[i][c], widths[c]))
                }
                return TextLayout.truncate(line.trimmingTrailingSpaces, width: room)
            }
        }
        return []
    }

    /// The name of each row: its file's name, and the distinguishing tail of
    /// its asset id when another row has the same file name.
    public static func labels(_ rows: [UploadLine]) -> [String] {
        let tails = distinguishingTails(rows.map(\.assetID), width: 16)
        return rows.indices.map { i in
            let shared = rows.indices.contains { $0 != i && rows[$0].fileName == rows[i].fileName }
            return shared ? "\(rows[i].fileName) (\(tails[i]))" : rows[i].fileName
        }
    }

    /// Each id without the prefix every id shares (cut back to a `-`, `_`
    /// or `.` so that the tail reads as a word), as its last `width` cells
    /// with `…` in front when it is longer; the whole id when it fits.
    public static func distinguishingTails(_ ids: [String], width: Int) -> [String] {
        let width = max(2, width)
        let common: Int
        if ids.count > 1 {
            var n = 0
            let arrays = ids.map(Array.init)
            let shortest = arrays.map(\.count).min() ?? 0
            while n < shortest, arrays.allSatisfy({ $0[n] == arrays[0][n] }) { n += 1 }
            // Back to just after the last separator, so that "micro-1" is not cut to "1".
            var cut = n
            while cut > 0, !"-_.".contains(arrays[0][cut - 1]) { cut -= 1 }
            common = cut
        } else {
            common = 0
        }
        return ids.map { id in
            if id.count <= width { return id }
            let tail = id.dropFirst(common)
            if tail.count + 1 <= width { return "…" + String(id.suffix(width - 1)) }
            return "…" + String(tail.prefix(width - 2)) + "…"
        }
    }

    /// The percentage, bytes, rate, time left and state of a row.
    static func columns(_ row: UploadLine, short: Bool) -> [String] {
        let percent = row.total.map { total in
            total > 0 ? "\(Int((min(1, Double(row.sent) / Double(total)) * 100).rounded(.down)))%" : "100%"
        } ?? ""
        let sent = ProgressDetail.bytes(row.sent)
        let bytes = row.total.map { short ? "\(sent)/\(ProgressDetail.bytes($0))" : "\(sent) of \(ProgressDetail.bytes($0))" } ?? sent
        var rate = "", left = ""
        // Every byte handed over: the store has yet to answer, and no time is left to count.
        let allSent = row.total.map { $0 > 0 && row.sent >= $0 } ?? false
        if case .uploading = row.state, !allSent, let speed = row.bytesPerSecond, speed > 0, speed.isFinite {
            rate = ProgressDetail.bytes(Int64(speed)) + "/s"
            if let seconds = row.secondsLeft, seconds.isFinite {
                left = ProgressDetail.duration(seconds: seconds) + (short ? "" : " left")
            }
        }
        let state: String
        switch row.state {
        case .waiting: state = "waiting"
        case .uploading(let attempt):
            if allSent {
                state = short ? "sent" : "sent, waiting for the store"
            } else {
                state = attempt > 1 ? (short ? "try \(attempt)" : "attempt \(attempt)") : (short ? "" : "uploading")
            }
        case .retrying(_, let seconds):
            state = short ? "retry \(tenths(seconds))" : "retrying in \(tenths(seconds))"
        case .arrived(let attempt): state = attempt > 1 && !short ? "arrived (attempt \(attempt))" : "arrived"
        case .failed: state = "failed"
        }
        return [percent, bytes, rate, left, state]
    }

    static func bar(_ row: UploadLine, width: Int) -> String {
        let fraction: Double
        if case .arrived = row.state {
            fraction = 1
        } else if let total = row.total, total > 0 {
            fraction = min(1, Double(row.sent) / Double(total))
        } else {
            fraction = 0
        }
        let filled = Int((fraction * Double(width)).rounded(.down))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// `0.4 s`
    public static func tenths(_ seconds: Double) -> String {
        let t = Int((max(0, seconds.isFinite ? seconds : 0) * 10).rounded(.up))
        return "\(t / 10).\(t % 10) s"
    }

    /// A name cut to `width`, keeping its extension in view when it has one.
    static func fit(_ name: String, width: Int) -> String {
        guard TextLayout.width(name) > width else { return name }
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 6, width >= 8 {
            let ext = String(name[dot...])
            return TextLayout.truncate(String(name[..<dot]), width: width - TextLayout.width(ext)) + ext
        }
        return TextLayout.truncate(name, width: width)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - TextLayout.width(text)))
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - TextLayout.width(text))) + text
    }
}
