/// A modal dialog: a title, a message and a row of buttons.
public struct Dialog: Widget, Hashable, Sendable {
    public enum Action: Sendable { case next, previous, choose, cancel }

    public var title: String
    public var message: String
    public var buttons: [String]
    /// The highlighted button.
    public var selected: Int
    /// The button Esc stands for.
    public var cancelIndex: Int?
    /// Messages wider than this are wrapped; raise it for text that must keep its lines (a command to copy).
    public var textWidth = 56

    public init(title: String, message: String, buttons: [String] = ["OK"], selected: Int = 0, cancelIndex: Int? = nil) {
        self.title = title
        self.message = message
        self.buttons = buttons.isEmpty ? ["OK"] : buttons
        self.selected = min(max(0, selected), self.buttons.count - 1)
        self.cancelIndex = cancelIndex
    }

    /// A yes/no question; the safe answer (`cancel`, index 1) is highlighted first.
    public static func confirm(title: String, message: String, confirm: String = "Yes", cancel: String = "No") -> Dialog {
        Dialog(title: title, message: message, buttons: [confirm, cancel], selected: 1, cancelIndex: 1)
    }

    /// Whether the highlighted button is the first (the confirming) one.
    public var isConfirmed: Bool { selected == 0 }

    public static let keys = KeyTable<Action>("Dialog", [
        KeyBinding([.right, .tab], .next, "Next button"),
        KeyBinding([.left, .backTab], .previous, "Previous button"),
        KeyBinding([.enter, .char(" ")], .choose, "Press the highlighted button"),
        KeyBinding(.escape, .cancel, "Close without choosing"),
    ])

    public var keyHelp: HelpSection {
        var section = Self.keys.help
        section.entries.append(HelpEntry(keys: "first letter", text: "Press the button it starts"))
        return section
    }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        guard case .key(let key) = input else { return .handled }
        switch Self.keys.action(for: key) {
        case .next?: selected = (selected + 1) % buttons.count; return .handled
        case .previous?: selected = (selected + buttons.count - 1) % buttons.count; return .handled
        case .choose?: return .submitted
        case .cancel?:
            if let cancelIndex { selected = cancelIndex }
            return .cancelled
        case nil:
            guard let c = key.text?.lowercased() else { return .handled }
            let matches = buttons.indices.filter { buttons[$0].lowercased().hasPrefix(c) }
            guard matches.count == 1, let only = matches.first else { return .handled }
            selected = only
            return .submitted
        }
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        let buttonText = buttons.map { "[ \($0) ]" }
        let buttonsWidth = buttonText.reduce(0) { $0 + TextLayout.width($1) } + 2 * (buttons.count - 1)
        let widest = max(TextLayout.width(title) + 4, buttonsWidth, min(TextLayout.width(message), textWidth))
        let width = min(rect.width, widest + 4)
        let lines = TextLayout.wrap(message, width: max(1, width - 4))
        let height = min(rect.height, lines.count + 4)
        let box = rect.centered(Size(width: width, height: height))
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, style: theme[.text])
        BoxFrame.draw(in: &buffer, rect: box, title: title, theme: theme)
        let inner = box.inset(dx: 2, dy: 1)
        for (i, line) in lines.prefix(max(0, inner.height - 1)).enumerated() {
            buffer.write(line, at: Point(x: inner.x, y: inner.y + i), style: theme[.text], clip: inner)
        }
        var x = inner.x + max(0, (inner.width - buttonsWidth) / 2)
        let y = box.maxY - 2
        for (i, text) in buttonText.enumerated() {
            let style = i == selected ? theme[.focus] : theme[.text]
            x += buffer.write(text, at: Point(x: x, y: y), style: style, clip: inner) + 2
        }
        buffer.cursor = nil
    }
}
