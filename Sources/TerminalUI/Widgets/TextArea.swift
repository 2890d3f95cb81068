/// A multi-line text editor for short documents (a transcript's JSON):
/// arrows, Home/End, PgUp/PgDn, Enter for a new line, paste keeps line breaks.
public struct TextArea: Widget, Hashable, Sendable {
    public enum Action: Sendable {
        case left, right, up, down, home, end, pageUp, pageDown, top, bottom
        case newline, deleteBackward, deleteForward, deleteToEnd
    }

    public private(set) var lines: [[Character]]
    public private(set) var row = 0
    public private(set) var column = 0
    private var top = 0
    private var left = 0
    public var viewportHeight: Int

    public init(_ text: String = "", viewportHeight: Int = 10) {
        let split = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        lines = split.isEmpty ? [[]] : split
        self.viewportHeight = viewportHeight
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }
    public var acceptsText: Bool { true }

    public static let keys = KeyTable<Action>("Text area", [
        KeyBinding(.left, .left, "Cursor left"),
        KeyBinding(.right, .right, "Cursor right"),
        KeyBinding(.up, .up, "Line up"),
        KeyBinding(.down, .down, "Line down"),
        KeyBinding([.home, .ctrl("a")], .home, "Start of line"),
        KeyBinding([.end, .ctrl("e")], .end, "End of line"),
        KeyBinding(.pageUp, .pageUp, "Page up"),
        KeyBinding(.pageDown, .pageDown, "Page down"),
        KeyBinding(Key.home.with(.ctrl), .top, "Start of text"),
        KeyBinding(Key.end.with(.ctrl), .bottom, "End of text"),
        KeyBinding(.enter, .newline, "New line"),
        KeyBinding(.backspace, .deleteBackward, "Delete before the cursor"),
        KeyBinding([.delete, .ctrl("d")], .deleteForward, "Delete under the cursor"),
        KeyBinding(.ctrl("k"), .deleteToEnd, "Delete to the end of the line"),
    ])

    public var keyHelp: HelpSection { Self.keys.help }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        switch input {
        case .paste(let text):
            insert(text.replacing("\r\n", with: "\n").replacing("\r", with: "\n"))
            return .changed
        case .key(let key):
            if let action = Self.keys.action(for: key) { return perform(action) }
            guard let c = key.text else { return .ignored }
            insert(String(c))
            return .changed
        }
    }

    private mutating func insert(_ text: String) {
        for c in text {
            if c == "\n" {
                let rest = Array(lines[row][column...])
                lines[row].removeSubrange(column...)
                lines.insert(rest, at: row + 1)
                row += 1
                column = 0
            } else if c == "\t" {
                lines[row].insert(contentsOf: "  ", at: column)
                column += 2
            } else {
                lines[row].insert(c, at: column)
                column += 1
            }
        }
        scrollIntoView()
    }

    private mutating func perform(_ action: Action) -> WidgetOutcome {
        switch action {
        case .left:
            if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
        case .right:
            if column < lines[row].count { column += 1 } else if row < lines.count - 1 { row += 1; column = 0 }
        case .up:
            guard row > 0 else { return .ignored }
            row -= 1
            column = min(column, lines[row].count)
        case .down:
            guard row < lines.count - 1 else { return .ignored }
            row += 1
            column = min(column, lines[row].count)
        case .home: column = 0
        case .end: column = lines[row].count
        case .pageUp:
            row = max(0, row - max(1, viewportHeight - 1))
            column = min(column, lines[row].count)
        case .pageDown:
            row = min(lines.count - 1, row + max(1, viewportHeight - 1))
            column = min(column, lines[row].count)
        case .top: row = 0; column = 0
        case .bottom: row = lines.count - 1; column = lines[row].count
        case .newline:
            insert("\n")
            return .changed
        case .deleteBackward:
            if column > 0 {
                lines[row].remove(at: column - 1)
                column -= 1
            } else if row > 0 {
                let line = lines.remove(at: row)
                row -= 1
                column = lines[row].count
                lines[row].append(contentsOf: line)
            } else {
                return .handled
            }
            scrollIntoView()
            return .changed
        case .deleteForward:
            if column < lines[row].count {
                lines[row].remove(at: column)
            } else if row < lines.count - 1 {
                lines[row].append(contentsOf: lines.remove(at: row + 1))
            } else {
                return .handled
            }
            return .changed
        case .deleteToEnd:
            lines[row].removeSubrange(column...)
            return .changed
        }
        scrollIntoView()
        return .handled
    }

    private mutating func scrollIntoView() {
        if row < top { top = row }
        if row >= top + viewportHeight { top = row - viewportHeight + 1 }
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        let style = focused ? theme[.fieldFocused] : theme[.field]
        buffer.fill(rect, style: style)
        var shift = left
        let cursorCells = TextLayout.width(String(lines[row][..<column]))
        if cursorCells - shift >= rect.width { shift = cursorCells - rect.width + 1 }
        if cursorCells < shift { shift = cursorCells }
        for y in 0..<rect.height {
            let index = top + y
            guard index < lines.count else { break }
            let text = String(lines[index])
            let line: StyledLine = [Span(text, .text)]
            buffer.write(line, at: Point(x: rect.x, y: rect.y + y), theme: theme, skip: shift, clip: rect,
                         background: style.background)
        }
        if focused {
            buffer.cursor = Point(x: rect.x + cursorCells - shift, y: rect.y + row - top)
        }
    }
}
