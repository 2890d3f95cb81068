/// A scrollable view of styled lines (e.g. highlighted JSON), with an optional highlighted line.
public struct TextView: Widget, Hashable, Sendable {
    public enum Action: Sendable { case up, down, pageUp, pageDown, top, bottom, left, right, lineStart }

    public var lines: [StyledLine]
    /// The line drawn in the selection style (e.g. the field being edited).
    public var highlightedLine: Int?
    /// The first line shown.
    public private(set) var top = 0
    /// Cells scrolled to the right.
    public private(set) var left = 0
    /// Lines shown at once; the screen sets it from its layout (it is also the page size).
    public var viewportHeight: Int
    /// Whether to show line numbers.
    public var showsLineNumbers: Bool

    public init(lines: [StyledLine] = [], viewportHeight: Int = 10, showsLineNumbers: Bool = true) {
        self.lines = lines
        self.viewportHeight = viewportHeight
        self.showsLineNumbers = showsLineNumbers
    }

    /// A view of JSON text, coloured by ``JSONHighlighter``.
    public init(json: String, viewportHeight: Int = 10) {
        self.init(lines: JSONHighlighter.highlight(json), viewportHeight: viewportHeight)
    }

    public static let keys = KeyTable<Action>("Text view", [
        KeyBinding(.up, .up, "Scroll up a line (at the top: previous field)"),
        KeyBinding(.down, .down, "Scroll down a line (at the bottom: next field)"),
        KeyBinding(.pageUp, .pageUp, "Scroll up a page"),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "Scroll down a page"),
        KeyBinding(.home, .top, "Go to the top"),
        KeyBinding(.end, .bottom, "Go to the bottom"),
        KeyBinding(.left, .left, "Scroll left"),
        KeyBinding(.right, .right, "Scroll right"),
        KeyBinding(.ctrl("a"), .lineStart, "Scroll back to the first column"),
    ])

    public var keyHelp: HelpSection { Self.keys.help }

    private var maxTop: Int { max(0, lines.count - viewportHeight) }

    /// Scrolls so that `line` is in view.
    public mutating func reveal(line: Int) {
        top = Scrolling.top(keeping: line, visible: viewportHeight, current: top, count: lines.count)
    }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        guard case .key(let key) = input, let action = Self.keys.action(for: key) else { return .ignored }
        switch action {
        case .up:
            guard top > 0 else { return .ignored }
            top -= 1
        case .down:
            guard top < maxTop else { return .ignored }
            top += 1
        case .pageUp: top = max(0, top - max(1, viewportHeight - 1))
        case .pageDown: top = min(maxTop, top + max(1, viewportHeight - 1))
        case .top: top = 0
        case .bottom: top = maxTop
        case .left: left = max(0, left - 8)
        case .right: left += 8
        case .lineStart: left = 0
        }
        return .handled
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        guard !rect.isEmpty else { return }
        let numberWidth = showsLineNumbers ? String(max(1, lines.count)).count + 1 : 0
        let first = min(top, max(0, lines.count - rect.height))
        for row in 0..<rect.height {
            let index = first + row
            guard index < lines.count else { break }
            let line = rect.row(row)
            var background: TerminalColor?
            if index == highlightedLine {
                let style = theme[.selection]
                buffer.fill(line, style: style)
                background = style.background
            }
            if showsLineNumbers {
                let number = String(index + 1)
                buffer.write(String(repeating: " ", count: numberWidth - 1 - number.count) + number,
                             at: Point(x: line.x, y: line.y), style: theme[.muted], clip: line)
            }
            let content = Rect(x: line.x + numberWidth, y: line.y, width: line.width - numberWidth, height: 1)
            buffer.write(lines[index], at: Point(x: content.x, y: content.y), theme: theme, skip: left, clip: content, background: background)
        }
        if first > 0 { buffer.write(String(theme.glyphs.scrollUp), at: Point(x: rect.maxX - 1, y: rect.y), style: theme[.muted]) }
        if first + rect.height < lines.count {
            buffer.write(String(theme.glyphs.scrollDown), at: Point(x: rect.maxX - 1, y: rect.maxY - 1), style: theme[.muted])
        }
    }
}
