/// An on/off switch: `[x] On` / `[ ] Off`.
public struct Toggle: Widget, Hashable, Sendable {
    public enum Action: Sendable { case flip, on, off }

    public var isOn: Bool
    public var onLabel: String
    public var offLabel: String

    public init(isOn: Bool = false, onLabel: String = "Yes", offLabel: String = "No") {
        self.isOn = isOn
        self.onLabel = onLabel
        self.offLabel = offLabel
    }

    public static let keys = KeyTable<Action>("Toggle", [
        KeyBinding([.char(" "), .enter], .flip, "Switch on or off"),
        KeyBinding([.char("y"), .right], .on, "Switch on"),
        KeyBinding([.char("n"), .left], .off, "Switch off"),
    ])

    public var keyHelp: HelpSection { Self.keys.help }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        guard case .key(let key) = input, let action = Self.keys.action(for: key) else { return .ignored }
        let before = isOn
        switch action {
        case .flip: isOn.toggle()
        case .on: isOn = true
        case .off: isOn = false
        }
        return before == isOn ? .handled : .changed
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        let area = rect.row(0)
        let text = (isOn ? theme.glyphs.checkOn : theme.glyphs.checkOff) + " " + (isOn ? onLabel : offLabel)
        buffer.write(text, at: Point(x: area.x, y: area.y), style: focused ? theme[.focus] : theme[.text], maxWidth: area.width, ellipsis: true)
    }
}

/// A three-way choice for an optional boolean: `—` (absent), `Yes` (true), `No` (false).
/// Absent and false differ in JSON: absent leaves the key out.
public struct TriStateToggle: Widget, Hashable, Sendable {
    public enum Action: Sendable { case cycle, next, previous, yes, no, unset }

    public var value: Bool?

    public init(value: Bool? = nil) {
        self.value = value
    }

    public static let keys = KeyTable<Action>("Three-way toggle", [
        KeyBinding([.char(" "), .enter], .cycle, "Cycle — → Yes → No"),
        KeyBinding(.right, .next, "Next choice"),
        KeyBinding(.left, .previous, "Previous choice"),
        KeyBinding(.char("y"), .yes, "Yes (true)"),
        KeyBinding(.char("n"), .no, "No (false)"),
        KeyBinding([.char("-"), .delete, .backspace], .unset, "— (leave the field out)"),
    ])

    public var keyHelp: HelpSection { Self.keys.help }

    static let order: [Bool?] = [nil, true, false]

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        guard case .key(let key) = input, let action = Self.keys.action(for: key) else { return .ignored }
        let before = value
        let index = Self.order.firstIndex(of: value) ?? 0
        switch action {
        case .cycle: value = Self.order[(index + 1) % 3]
        case .next: value = Self.order[min(2, index + 1)]
        case .previous: value = Self.order[max(0, index - 1)]
        case .yes: value = true
        case .no: value = false
        case .unset: value = nil
        }
        return before == value ? .handled : .changed
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        let area = rect.row(0)
        var x = area.x
        let labels = [theme.glyphs.triStateUnset, "Yes", "No"]
        for (i, option) in Self.order.enumerated() {
            let chosen = option == value
            let style = chosen ? (focused ? theme[.focus] : theme[.selection]) : theme[.muted]
            x += buffer.write(" \(labels[i]) ", at: Point(x: x, y: area.y), style: style, clip: area)
            if i < 2 { x += buffer.write(String(theme.glyphs.vertical), at: Point(x: x, y: area.y), style: theme[.border], clip: area) }
        }
    }
}
