import Foundation

/// A box listing every key of the current screen, built from its key tables, so it is never
/// out of date. Keys and descriptions wrap to the box's width (nothing is cut); when the
/// lines do not fit, Up/Down scroll a line, PgUp/PgDn a whole page, Home/End go to the ends.
/// The box never covers the screen's last two lines (the message and the keys).
/// Esc, F1, `?` or Enter close it.
public struct HelpOverlay: Widget, Hashable, Sendable {
    public enum Action: Sendable { case up, down, pageUp, pageDown, top, bottom, close }

    public var title: String
    public var sections: [HelpSection]
    /// The first line shown.
    public private(set) var top = 0
    /// The page height and last first line of the latest drawing (a page is what was shown).
    private let viewport = ScrollViewport()

    public init(title: String, sections: [HelpSection]) {
        self.title = title
        self.sections = sections.filter { !$0.entries.isEmpty }
    }

    public static let keys = KeyTable<Action>("Help", [
        KeyBinding(.up, .up, "Scroll up a line"),
        KeyBinding(.down, .down, "Scroll down a line"),
        KeyBinding(.pageUp, .pageUp, "Page up"),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "Page down"),
        KeyBinding(.home, .top, "Go to the top"),
        KeyBinding(.end, .bottom, "Go to the end"),
        KeyBinding([.escape, .f(1), .char("?"), .enter, .char("q")], .close, "Close help"),
    ])

    public var keyHelp: HelpSection { Self.keys.help }

    /// Every entry of the overlay: section titles and `keys  text` rows, unwrapped.
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
        let (page, last) = viewport.value ?? (10, max(0, lines.count - 1))
        switch action {
        case .up: top = max(0, min(top, last) - 1)
        case .down: top = min(last, top + 1)
        case .pageUp: top = max(0, min(top, last) - page)
        case .pageDown: top = min(last, top + page)
        case .top: top = 0
        case .bottom: top = last
        case .close: return .cancelled
        }
        return .handled
    }

    /// One drawn row: a key column and a text column (a title fills the row).
    struct Row: Equatable {
        var keys: String
        var text: String
        var isTitle: Bool
    }

    /// The entries wrapped into rows: keys in a column of `keyWidth`, descriptions in `textWidth`.
    func rows(keyWidth: Int, textWidth: Int) -> [Row] {
        var rows: [Row] = []
        for line in lines {
            if line.isTitle {
                rows += TextLayout.wrap(line.keys, width: keyWidth + 2 + textWidth).map { Row(keys: $0, text: "", isTitle: true) }
                continue
            }
            let keys = line.keys.isEmpty ? [""] : Self.wrapKeys(line.keys, width: keyWidth)
            let text = line.text.isEmpty ? [""] : TextLayout.wrap(line.text, width: textWidth)
            for i in 0..<max(keys.count, text.count) {
                rows.append(Row(keys: i < keys.count ? keys[i] : "", text: i < text.count ? text[i] : "", isTitle: false))
            }
        }
        return rows
    }

    /// Keys broken after their ` / ` separators (each key stays whole when it fits).
    static func wrapKeys(_ keys: String, width: Int) -> [String] {
        let parts = keys.components(separatedBy: " / ")
        var lines: [String] = []
        var line = ""
        for (i, part) in parts.enumerated() {
            let piece = part + (i < parts.count - 1 ? " /" : "")
            if line.isEmpty {
                line = piece
            } else if TextLayout.width(line) + 1 + TextLayout.width(piece) <= width {
                line += " " + piece
            } else {
                lines.append(line)
                line = piece
            }
        }
        lines.append(line)
        return lines.flatMap { TextLayout.width($0) <= width ? [$0] : TextLayout.wrap($0, width: width) }
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        // The screen's message and key lines stay visible under the box.
        var area = rect.intersection(buffer.bounds)
        let bottom = buffer.size.height - 2
        if buffer.size.height >= 8, area.maxY > bottom { area.height = max(0, bottom - area.y) }
        let all = lines
        let widestKeys = all.filter { !$0.isTitle }.map { TextLayout.width($0.keys) }.max() ?? 0
        let widestText = all.map { TextLayout.width($0.text) }.max() ?? 0
        let width = min(area.width, max(widestKeys + widestText + 6, TextLayout.width(title) + 8))
        let innerWidth = max(1, width - 4)
        // The keys get at most a third of the width (they wrap at their separators), the text the rest.
        let keyWidth = max(1, min(widestKeys, max(10, innerWidth / 3)))
        let textWidth = max(1, innerWidth - keyWidth - 2)
        let rows = rows(keyWidth: keyWidth, textWidth: textWidth)
        let height = min(area.height, rows.count + 3)
        let box = area.centered(Size(width: width, height: height))
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, style: theme[.text])
        BoxFrame.draw(in: &buffer, rect: box, title: title, theme: theme)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: max(0, box.height - 3))
        let last = max(0, rows.count - inner.height)
        viewport.value = (max(1, inner.height), last)
        let first = min(top, last)
        for row in 0..<inner.height {
            let index = first + row
            guard index < rows.count else { break }
            let line = rows[index]
            let y = inner.y + row
            if line.isTitle {
                buffer.write(line.keys, at: Point(x: inner.x, y: y), style: theme[.title], clip: inner)
            } else {
                buffer.write(line.keys, at: Point(x: inner.x, y: y), style: theme[.warning], maxWidth: keyWidth, clip: inner)
                buffer.write(line.text, at: Point(x: inner.x + keyWidth + 2, y: y), style: theme[.text], clip: inner)
            }
        }
        buffer.write(Self.footer(first: first, shown: inner.height, count: rows.count, width: inner.width, glyphs: theme.glyphs),
                     at: Point(x: inner.x, y: box.maxY - 2), style: theme[.muted], clip: box.inset(dx: 2, dy: 1))
        buffer.cursor = nil
    }

    /// The last line of the box: how to close it and, when it scrolls, where it is and how to move,
    /// in the longest form that fits `width`.
    static func footer(first: Int, shown: Int, count: Int, width: Int, glyphs: GlyphSet) -> String {
        guard count > shown else { return "Esc closes" }
        let more = first + shown < count
        let position = "lines \(first + 1)–\(min(count, first + shown)) of \(count)"
        let candidates = [
            "Esc closes · \(position) · " + (more ? "\(glyphs.scrollDown) more (PgDn)" : "PgUp goes back") + " · Up/Down, Home/End",
            "Esc closes · \(position) · " + (more ? "\(glyphs.scrollDown) more (PgDn)" : "PgUp goes back"),
            "Esc closes · " + (more ? "\(glyphs.scrollDown) more (PgDn)" : "PgUp goes back"),
            more ? "\(glyphs.scrollDown) more (PgDn)" : "Esc closes",
        ]
        return candidates.first { TextLayout.width($0) <= width } ?? ""
    }
}

/// The page height and the last first line of a scrolling widget's latest drawing, so that
/// its keys move by what the screen showed. Shared by the copies of one widget value; it is
/// not part of the widget's value (equality and hashing ignore it).
final class ScrollViewport: @unchecked Sendable, Hashable {
    private let lock = NSLock()
    private var stored: (page: Int, last: Int)?

    var value: (page: Int, last: Int)? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    static func == (lhs: ScrollViewport, rhs: ScrollViewport) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
