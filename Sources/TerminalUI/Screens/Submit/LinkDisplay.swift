/// How the holder's link and its QR code are laid out, the same way on the
/// submit screen and on the history screen: the link whole, from the first
/// column, on rows of its own at the bottom of the screen's body (cut only
/// where the terminal's width ends, never at its punctuation, so that it
/// can be copied from the screen in one piece); the QR code at the top
/// right of what is above, framed by its own quiet zone, when it fits
/// beside a text column by one rule (`placeQR`).
enum LinkDisplay {
    /// The narrowest the text column beside the QR code may be.
    static let minimumTextColumn = 46

    /// The link as rows of exactly `width` cells (the last one shorter): a
    /// URI has no spaces, and a row that ends at the terminal's edge
    /// continues on the next one.
    static func rows(_ uri: String, width: Int) -> [String] {
        let width = max(1, width)
        var rows: [String] = []
        var rest = Substring(uri)
        while !rest.isEmpty {
            rows.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        }
        return rows
    }

    /// Where the QR code goes in `area` and with which quiet zone: the
    /// standard 4 modules when it fits, else 2 (which phones still read);
    /// nil when neither leaves `textColumn` cells and a gap to its left.
    static func placeQR(_ qr: QRCode, in area: Rect, textColumn: Int = minimumTextColumn) -> (code: QRCode, rect: Rect)? {
        for zone in [4, 2] {
            let code = qr.quietZone == zone ? qr : qr.withQuietZone(zone)
            let need = code.cellSize
            guard area.width - need.width - 1 >= textColumn, area.height >= need.height else { continue }
            return (code, Rect(x: area.maxX - need.width, y: area.y, width: need.width, height: need.height))
        }
        return nil
    }

    /// The smallest terminal on which `placeQR` shows `qr` above the rows of
    /// a link of `linkLength` characters (a title line above the body, the
    /// message and key lines under it).
    static func smallestTerminal(for qr: QRCode, linkLength: Int) -> Size {
        let need = qr.withQuietZone(2).cellSize
        let width = minimumTextColumn + 1 + need.width
        let linkRows = (max(1, linkLength) + width - 1) / width
        return Size(width: width, height: 1 + need.height + linkRows + 2)
    }

    /// Draws the link's rows from the first column of `frame`, from row `y` on.
    static func draw(_ rows: [String], into frame: inout ScreenBuffer, y: Int, style: Style) {
        for (i, row) in rows.enumerated() where y + i < frame.size.height {
            frame.write(row, at: Point(x: 0, y: y + i), style: style)
        }
    }

    /// Draws the QR code's half-block lines at `rect`.
    static func drawQR(_ code: QRCode, into frame: inout ScreenBuffer, rect: Rect) {
        var style = Style(foreground: .indexed(15), background: .indexed(0))
        style.attributes = []
        for (i, line) in code.halfBlockLines.enumerated() where i < rect.height {
            frame.write(line, at: Point(x: rect.x, y: rect.y + i), style: style)
        }
    }
}
