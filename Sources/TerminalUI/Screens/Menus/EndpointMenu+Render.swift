extension EndpointMenu {
    /// Draws the menu in a box in the middle of the frame, and the question over it when asked.
    func render(into frame: inout ScreenBuffer, theme: Theme) {
        let rect = frame.bounds.centered(Size(width: min(frame.size.width - 2, 90), height: min(frame.size.height - 2, choices.count + 5)))
        frame.fill(rect, style: theme[.text])
        BoxFrame.draw(in: &frame, rect: rect, title: "Where requests go", theme: theme, style: theme[.focus])
        let inner = rect.inset(dx: 2, dy: 1)
        for (i, choice) in choices.enumerated() where inner.y + i < inner.maxY - 1 {
            let style = i == selected ? theme[.focus] : theme[choice.isProduction ? .warning : .text]
            if i == selected { frame.fill(inner.row(i), style: style) }
            let shownCurrent = choice.id == current?.id ? " (current)" : ""
            frame.write("\(choice.id)\(shownCurrent) — \(choice.baseURL)", at: Point(x: inner.x, y: inner.y + i), style: style,
                        maxWidth: inner.width, ellipsis: true)
        }
        frame.write("Enter chooses · Esc keeps the current one", at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted])
        if let confirm {
            confirm.render(into: &frame, rect: frame.bounds.inset(dx: 2, dy: 2), theme: theme, focused: true)
        }
    }
}
