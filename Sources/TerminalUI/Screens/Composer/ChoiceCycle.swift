/// A one-line choice: `‹ pdf ›`. Left and Right (or Space) step through the
/// options; typing a letter jumps to the next option starting with it.
/// Optional fields include "—" (not set).
public struct ChoiceCycle: Widget, Hashable, Sendable {
    public enum Action: Sendable { case previous, next, unset }

    public var options: [String]
    public var allowsNone: Bool
    public private(set) var value: String?

    public init(options: [String], value: String?, allowsNone: Bool) {
        self.options = options
        self.allowsNone = allowsNone
        self.value = value
    }

    public static let keys = KeyTable<Action>("Choice", [
        KeyBinding([.right, .char(" ")], .next, "Next option"),
        KeyBinding(.left, .previous, "Previous option"),
        KeyBinding([.delete, .backspace], .unset, "Clear the choice (optional fields)"),
    ])

    public var keyHelp: HelpSection {
        var section = Self.keys.help
        section.entries.append(HelpEntry(keys: "a letter", text: "Jump to the next option starting with it"))
        return section
    }

    private var cycle: [String?] { (allowsNone ? [nil] : []) + options.map { Optional($0) } }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        guard case .key(let key) = input else { return .ignored }
        let all = cycle
        guard !all.isEmpty else { return .ignored }
        let index = all.firstIndex(of: value) ?? -1
        switch Self.keys.action(for: key) {
        case .next?:
            value = all[(index + 1) % all.count]
            return .changed
        case .previous?:
            value = all[(index - 1 + all.count) % all.count]
            return .changed
        case .unset?:
            guard allowsNone, value != nil else { return .ignored }
            value = nil
            return .changed
        case nil:
            guard let typed = key.text?.lowercased() else { return .ignored }
            let count = all.count
            for step in 1...count {
                let candidate = all[(max(index, 0) + step) % count]
                if let candidate, candidate.lowercased().hasPrefix(typed) {
                    value = candidate
                    return .changed
                }
            }
            return .handled
        }
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        let style = focused ? theme[.fieldFocused] : theme[.field]
        let shown = value ?? "—"
        let text = focused ? "‹ \(shown) ›" : "  \(shown)  "
        buffer.write(text, at: Point(x: rect.x, y: rect.y), style: style, clip: rect, ellipsis: true)
        if focused, rect.width > text.count + 2 {
            let position = (cycle.firstIndex(of: value) ?? 0) + 1
            buffer.write(" \(position)/\(cycle.count)", at: Point(x: rect.x + text.count, y: rect.y),
                         style: theme[.muted], clip: rect)
        }
    }
}
