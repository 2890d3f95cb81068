/// The notice shown instead of a program while the terminal is smaller than it needs.
/// Fits any size: its lines wrap and are cut to the rows there are.
public enum SizeNotice {
    public static func render(into frame: inout ScreenBuffer, minimum: Size, theme: Theme) {
        let area = frame.bounds
        frame.fill(area, style: theme[.text])
        let paragraphs: [(String, ThemeRole)] = [
            ("Terminal too small", .title),
            ("is \(frame.size), needs \(minimum)", .text),
            ("Enlarge the window,", .muted),
            ("or Ctrl-Q to quit", .muted),
        ]
        var lines: [(String, ThemeRole)] = []
        for (text, role) in paragraphs {
            lines += TextLayout.wrap(text, width: area.width).map { ($0, role) }
        }
        let shown = lines.prefix(area.height)
        var y = max(0, (area.height - shown.count) / 2)
        for (text, role) in shown {
            let x = max(0, (area.width - TextLayout.width(text)) / 2)
            frame.write(text, at: Point(x: x, y: y), style: theme[role], ellipsis: true)
            y += 1
        }
        frame.cursor = nil
    }
}
