/// A box listing every key of the current screen, built from its key tables, so it is never
/// out of date. Scrolls when it does not fit; Esc, F1, `?` or Enter close it.
public struct HelpOverlay: Widget, Hashable, Sendable {
    public enum Action: Sendable { case up, down, pageUp, pageDown, close }

    public var title: String
    public var sections: [HelpSection]
    public private(set) var top = 0

    public init(title: String, sections: [HelpSection]) {
        self.title = title
        self.sections = sections.filter { !$0.entries.isEmpty }
    }

    public static let keys = KeyTable<Action>("Help", [
        KeyBinding(.up, .up, "Scroll up"),
        KeyBinding(.down, .down, "Scroll down"),
        KeyBinding(.pageUp, .pageUp, "Page up"),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "Page down"),
        KeyBinding([.escape, .f(1), .char("?"), .enter, .char("q")], .close, "Close help"),
    ])

    public var keyHelp: HelpSection { Self.keys.help }

    /// Every line of the overlay: section titles and `keys  text` rows.
    public var lines: [(keys: String, text: String, isTitle: Bool)] {
        var out: [(String, String, Bool)] = []
        for (i, section) in sections.enumerated() {
            if i > 0 { out.append(("", "", false)) }
            out.append((section.title, "", true))
            for entry in section.entries { out.append((entry.keys, entry.text, false)) }
        }
        return out
    }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        guard case .key(let key) = input, let action = Self.keys.action(for: key) else { return .handled }
        switch action {
        case .up: top = max(0, top - 1)
        case .down: top = min(max(0, lines.count - 1), top + 1)
        case .pageUp: top = max(0, top - 10)
        case .pageDown: top = min(max(0, lines.count - 1), top + 10)
        case .close: return .cancelled
        }
        return .handled
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        let all = lines
        let keyWidth = min(30, all.filter { !$0.isTitle }.map { TextLayout.width($0.keys) }.max() ?? 0)
        let textWidth = all.map { TextLayout.width($0.text) }.max() ?? 0
        let width = min(rect.width, max(keyWidth + textWidth + 7, TextLayout.width(title) + 8))
        let height = min(rect.height, all.count + 3)
        let box = rect.centered(Size(width: width, height: height))
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, style: theme[.text])
        BoxFrame.draw(in: &buffer, rect: box, title: title, theme: theme)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 3)
        let first = min(top, max(0, all.count - inner.height))
        for row in 0..<inner.height {
            let index = first + row
            guard index < all.count else { break }
            let line = all[index]
            let y = inner.y + row
            if line.isTitle {
                buffer.write(line.keys, at: Point(x: inner.x, y: y), style: theme[.title], clip: inner, ellipsis: true)
            } else {
                buffer.write(line.keys, at: Point(x: inner.x, y: y), style: theme[.warning], maxWidth: keyWidth, clip: inner, ellipsis: true)
                buffer.write(line.text, at: Point(x: inner.x + keyWidth + 2, y: y), style: theme[.text], clip: inner, ellipsis: true)
            }
        }
        let more = first + inner.height < all.count ? "  \(theme.glyphs.scrollDown) more (PgDn)" : ""
        buffer.write("Esc closes" + more, at: Point(x: inner.x, y: box.maxY - 2), style: theme[.muted], clip: box.inset(dx: 2, dy: 1), ellipsis: true)
        buffer.cursor = nil
    }
}
