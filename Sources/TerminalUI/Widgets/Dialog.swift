import Foundation

/// A modal dialog: a title, a message and a row of buttons. The message
/// wraps; a dialog is as tall as its message needs, up to the screen's
/// body (never its last two lines), and beyond that Up/Down and PgUp/PgDn
/// scroll the message, so that nothing is cut without a way to read it.
public struct Dialog: Widget, Hashable, Sendable {
    public enum Action: Sendable { case next, previous, choose, cancel, scrollUp, scrollDown, pageUp, pageDown }

    public var title: String
    public var message: String
    public var buttons: [String]
    /// The highlighted button.
    public var selected: Int
    /// The button Esc stands for.
    public var cancelIndex: Int?
    /// Messages wider than this are wrapped; raise it for text that must keep its lines (a command to copy).
    public var textWidth = 56
    /// The first line of the message shown.
    public private(set) var scroll = 0
    /// The page height and last first line of the latest drawing.
    private let viewport = ScrollViewport()

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
        KeyBinding(.up, .scrollUp, "Scroll a long message up a line"),
        KeyBinding(.down, .scrollDown, "Scroll a long message down a line"),
        KeyBinding(.pageUp, .pageUp, "Scroll a long message up a page"),
        KeyBinding(.pageDown, .pageDown, "Scroll a long message down a page"),
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
        case .scrollUp?, .scrollDown?, .pageUp?, .pageDown?:
            let (page, last) = viewport.value ?? (1, 0)
            switch Self.keys.action(for: key) {
            case .scrollUp?: scroll = max(0, min(scroll, last) - 1)
            case .scrollDown?: scroll = min(last, scroll + 1)
            case .pageUp?: scroll = max(0, min(scroll, last) - page)
            default: scroll = min(last, scroll + page)
            }
            return .handled
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
        // Taller than `rect` when the message needs it, up to the screen's body.
        let screenBody = Rect(x: rect.x, y: min(rect.y, 1), width: rect.width,
                              height: max(rect.maxY, buffer.size.height - 2) - min(rect.y, 1))
        let area = buffer.size.height >= 8 && lines.count + 4 > rect.height ? screenBody.intersection(buffer.bounds) : rect
        let height = min(area.height, lines.count + 4)
        let box = Rect(x: rect.x + (rect.width - width) / 2,
                       y: max(area.y, min(area.maxY - height, rect.y + (rect.height - height) / 2)), width: width, height: height)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, style: theme[.text])
        BoxFrame.draw(in: &buffer, rect: box, title: title, theme: theme)
        let inner = box.inset(dx: 2, dy: 1)
        let shown = max(0, inner.height - 1)
        let last = max(0, lines.count - shown)
        viewport.value = (max(1, shown), last)
        let first = min(scroll, last)
        for (i, line) in lines.dropFirst(first).prefix(shown).enumerated() {
            buffer.write(line, at: Point(x: inner.x, y: inner.y + i), style: theme[.text], clip: inner)
        }
        // Where the message goes on, a mark on the frame says so and which keys read it.
        if first > 0 {
            buffer.write(" \(theme.glyphs.scrollUp) Up ", at: Point(x: box.maxX - 8, y: box.y), style: theme[.muted], clip: box)
        }
        if first < last {
            buffer.write(" \(theme.glyphs.scrollDown) Down/PgDn ", at: Point(x: box.maxX - 14, y: box.maxY - 1), style: theme[.muted], clip: box)
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
