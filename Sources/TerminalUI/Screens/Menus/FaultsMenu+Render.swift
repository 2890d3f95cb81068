extension FaultsMenu {
    /// Draws the menu in a box in the middle of the frame.
    func render(into frame: inout ScreenBuffer, theme: Theme) {
        let rect = frame.bounds.centered(Size(width: min(frame.size.width - 2, 76), height: min(frame.size.height - 2, 14)))
        frame.fill(rect, style: theme[.text])
        BoxFrame.draw(in: &frame, rect: rect, title: "Demo faults — embedded sandbox", theme: theme, style: theme[.focus])
        let inner = rect.inset(dx: 2, dy: 1)
        if loading {
            frame.write("Reading the sandbox…", at: Point(x: inner.x, y: inner.y), style: theme[.muted])
            return
        }
        for (i, fault) in faults.enumerated() where inner.y + i < inner.maxY - 1 {
            let style = i == selected ? theme[.focus] : theme[.text]
            if i == selected { frame.fill(inner.row(i), style: style) }
            let box = fault.isOn ? theme.glyphs.checkOn : theme.glyphs.checkOff
            frame.write("\(box) \(fault.title)", at: Point(x: inner.x, y: inner.y + i), style: style, maxWidth: inner.width,
                        ellipsis: true)
        }
        frame.write("Space switches · Esc closes · the next submission shows the recovery",
                    at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width, ellipsis: true)
    }
}
