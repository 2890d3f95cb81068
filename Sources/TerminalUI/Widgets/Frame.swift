/// Draws a box border with an optional title in the top edge.
public enum BoxFrame {
    public static func draw(in buffer: inout ScreenBuffer, rect: Rect, title: String? = nil, theme: Theme, style: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let g = theme.glyphs
        let border = style ?? theme[.border]
        let horizontal = String(repeating: g.horizontal, count: rect.width - 2)
        buffer.write(String(g.topLeft) + horizontal + String(g.topRight), at: Point(x: rect.x, y: rect.y), style: border)
        buffer.write(String(g.bottomLeft) + horizontal + String(g.bottomRight), at: Point(x: rect.x, y: rect.maxY - 1), style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write(String(g.vertical), at: Point(x: rect.x, y: y), style: border)
            buffer.write(String(g.vertical), at: Point(x: rect.maxX - 1, y: y), style: border)
        }
        if let title, !title.isEmpty, rect.width > 6 {
            buffer.write(" " + title + " ", at: Point(x: rect.x + 2, y: rect.y), style: theme[.title], maxWidth: rect.width - 4, ellipsis: true)
        }
    }
}
