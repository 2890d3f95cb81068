import ComposerKit

/// A single-choice list with a typed filter: letters narrow the list, Up/Down move, Enter chooses.
public struct ChoiceList<Value: Hashable & Sendable>: Widget, Hashable, Sendable {
    public struct Option: Hashable, Sendable {
        public var label: String
        public var value: Value

        public init(_ label: String, _ value: Value) {
            self.label = label
            self.value = value
        }
    }

    public enum Action: Sendable { case up, down, pageUp, pageDown, first, last, choose, clearFilter, deleteFilter }

    public var options: [Option]
    /// The chosen option's value.
    public var selected: Value?
    /// What has been typed to narrow the list.
    public private(set) var filter = ""
    /// The highlighted row, as an index into ``visibleOptions``.
    public private(set) var highlighted = 0
    /// Rows shown at once; the screen sets it from its layout.
    public var viewportHeight: Int
    private var top = 0

    public init(options: [Option], selected: Value? = nil, viewportHeight: Int = 5) {
        self.options = options
        self.selected = selected
        self.viewportHeight = viewportHeight
        self.highlighted = options.firstIndex { $0.value == selected } ?? 0
        self.top = Scrolling.top(keeping: highlighted, visible: viewportHeight, current: 0, count: options.count)
    }

    public var acceptsText: Bool { true }

    /// The options whose label contains the filter (case-insensitive), in order.
    public var visibleOptions: [Option] {
        guard !filter.isEmpty else { return options }
        let needle = filter.lowercased()
        return options.filter { $0.label.lowercased().contains(needle) }
    }

    public static var keys: KeyTable<Action> {
        KeyTable("Choice list", [
            KeyBinding(.up, .up, "Previous option (at the top: previous field)"),
            KeyBinding(.down, .down, "Next option (at the bottom: next field)"),
            KeyBinding(.pageUp, .pageUp, "Page up"),
            KeyBinding(.pageDown, .pageDown, "Page down"),
            KeyBinding(.home, .first, "First option"),
            KeyBinding(.end, .last, "Last option"),
            KeyBinding(.enter, .choose, "Choose the highlighted option"),
            KeyBinding(.escape, .clearFilter, "Clear the filter"),
            KeyBinding(.backspace, .deleteFilter, "Delete the filter's last character"),
        ])
    }

    public var keyHelp: HelpSection {
        var section = Self.keys.help
        section.entries.append(HelpEntry(keys: "letters", text: "Filter the options"))
        section.entries.append(HelpEntry(keys: "Space", text: "Choose (when the filter is empty)"))
        return section
    }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        let count = visibleOptions.count
        switch input {
        case .paste(let text):
            return setFilter(filter + TextBuffer.singleLine(text))
        case .key(let key):
            if let action = Self.keys.action(for: key) {
                switch action {
                case .up:
                    guard highlighted > 0 else { return .ignored }
                    move(to: highlighted - 1, count: count)
                case .down:
                    guard highlighted < count - 1 else { return .ignored }
                    move(to: highlighted + 1, count: count)
                case .pageUp: move(to: max(0, highlighted - viewportHeight), count: count)
                case .pageDown: move(to: min(count - 1, highlighted + viewportHeight), count: count)
                case .first: move(to: 0, count: count)
                case .last: move(to: count - 1, count: count)
                case .choose: return choose()
                case .clearFilter:
                    guard !filter.isEmpty else { return .ignored }
                    return setFilter("")
                case .deleteFilter:
                    guard !filter.isEmpty else { return .handled }
                    return setFilter(String(filter.dropLast()))
                }
                return .handled
            }
            if key == .char(" "), filter.isEmpty { return choose() }
            if let c = key.text { return setFilter(filter + String(c)) }
            return .ignored
        }
    }

    private mutating func move(to index: Int, count: Int) {
        highlighted = max(0, min(index, count - 1))
        top = Scrolling.top(keeping: highlighted, visible: listHeight, current: top, count: count)
    }

    private var listHeight: Int { max(1, viewportHeight - (filter.isEmpty ? 0 : 1)) }

    private mutating func setFilter(_ text: String) -> WidgetOutcome {
        let current = visibleOptions.indices.contains(highlighted) ? visibleOptions[highlighted].value : nil
        filter = text
        let visible = visibleOptions
        highlighted = visible.firstIndex { $0.value == current } ?? 0
        top = Scrolling.top(keeping: highlighted, visible: listHeight, current: 0, count: visible.count)
        return .handled
    }

    private mutating func choose() -> WidgetOutcome {
        let visible = visibleOptions
        guard visible.indices.contains(highlighted) else { return .handled }
        let value = visible[highlighted].value
        guard value != selected else { return .handled }
        selected = value
        return .changed
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        guard !rect.isEmpty else { return }
        var area = rect
        if !filter.isEmpty {
            let (line, rest) = area.splitTop(1)
            let summary = "/\(filter)  \(visibleOptions.count) of \(options.count)"
            buffer.fill(line, style: theme[.field])
            buffer.write(summary, at: Point(x: line.x, y: line.y), style: focused ? theme[.fieldFocused] : theme[.field], clip: line, ellipsis: true)
            if focused { buffer.cursor = Point(x: min(line.maxX - 1, line.x + 1 + TextLayout.width(filter)), y: line.y) }
            area = rest
        }
        let visible = visibleOptions
        if visible.isEmpty {
            buffer.write("no match", at: Point(x: area.x + 2, y: area.y), style: theme[.muted], clip: area)
            return
        }
        let first = min(top, max(0, visible.count - area.height))
        for row in 0..<area.height {
            let index = first + row
            guard index < visible.count else { break }
            let option = visible[index]
            let mark = option.value == selected ? theme.glyphs.radioOn : theme.glyphs.radioOff
            let line = area.row(row)
            let style: Style
            if index == highlighted { style = focused ? theme[.focus] : theme[.selection] } else { style = theme[.text] }
            if index == highlighted { buffer.fill(line, style: style) }
            buffer.write("\(mark) \(option.label)", at: Point(x: line.x, y: line.y), style: style, clip: line, ellipsis: true)
        }
        if first > 0 { buffer.write(String(theme.glyphs.scrollUp), at: Point(x: area.maxX - 1, y: area.y), style: theme[.muted]) }
        if first + area.height < visible.count {
            buffer.write(String(theme.glyphs.scrollDown), at: Point(x: area.maxX - 1, y: area.maxY - 1), style: theme[.muted])
        }
    }
}
