/// The list's columns at a width: the id and contents take what is left.
struct HistoryColumns {
    var widths: [Int]

    init(width: Int) {
        let marker = 2, status = 13, sent = 12
        let to = min(22, max(14, width / 6))
        let rest = max(8, width - marker - status - sent - to - 5)
        // A whole `<PREFIX>-<UUID>` first; what the request carried only when there is room beside it.
        var id = min(46, rest)
        if rest - id < 12 { id = rest }
        widths = [marker, status, id, sent, to, rest - id]
    }

    func write(_ texts: [String], into frame: inout ScreenBuffer, y: Int, x: Int, style: Style) {
        for (i, text) in texts.enumerated() where !text.isEmpty {
            write(column: i, text, into: &frame, y: y, x: x, style: style)
        }
    }

    func write(column: Int, _ text: String, into frame: inout ScreenBuffer, y: Int, x: Int, style: Style) {
        let start = x + widths.prefix(column).reduce(0, +) + max(0, column - 1)
        frame.write(text, at: Point(x: start, y: y), style: style, maxWidth: widths[column], ellipsis: true)
    }

    /// The first row shown so that `selected` is visible.
    static func top(selected: Int, visible: Int, count: Int) -> Int {
        guard count > visible else { return 0 }
        return max(0, min(selected - visible / 2, count - visible))
    }
}
