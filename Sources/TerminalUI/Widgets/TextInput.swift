import ComposerKit
import PassCore

/// A single-line text field: editing keys as in a shell, paste, wide characters, and a
/// horizontal scroll that keeps the cursor in view (it moves by half the field's width, so
/// the text does not shift on every key).
public struct TextInput: Widget, Hashable, Sendable {
    public typealias Action = TextEdit

    /// The text and the cursor; every text field edits through ComposerKit's ``TextBuffer``.
    public private(set) var buffer: TextBuffer
    /// Shown, muted, while the field is empty.
    public var placeholder: String

    public init(_ text: String = "", placeholder: String = "", maxLength: Int? = nil) {
        buffer = TextBuffer(text, maxLength: maxLength)
        self.placeholder = placeholder
    }

    /// A field showing `text` with the cursor at `cursor` (a form field drawn from the composer's state).
    public init(_ text: String, cursor: Int, placeholder: String = "") {
        buffer = TextBuffer(text, cursor: cursor)
        self.placeholder = placeholder
    }

    /// The text, one element per grapheme.
    public var characters: [Character] { buffer.characters }
    /// The cursor, as an index into ``characters`` (0 … count).
    public var cursor: Int { buffer.cursor }

    public var text: String {
        get { buffer.text }
        set { buffer.text = newValue }
    }

    public var acceptsText: Bool { true }

    /// The editing keys of every text field, and the edits they make.
    public static let keys = KeyTable<TextEdit>("Text field", [
        KeyBinding(.left, .left, "Cursor left"),
        KeyBinding(.right, .right, "Cursor right"),
        KeyBinding([Key.left.with(.ctrl), Key.left.with(.alt), .alt("b")], .wordLeft, "Previous word"),
        KeyBinding([Key.right.with(.ctrl), Key.right.with(.alt), .alt("f")], .wordRight, "Next word"),
        KeyBinding([.home, .ctrl("a")], .home, "Start of line"),
        KeyBinding([.end, .ctrl("e")], .end, "End of line"),
        KeyBinding(.backspace, .deleteBackward, "Delete the character before the cursor"),
        KeyBinding([.delete, .ctrl("d")], .deleteForward, "Delete the character under the cursor"),
        KeyBinding(.ctrl("u"), .deleteToStart, "Delete to the start of the line"),
        KeyBinding(.ctrl("k"), .deleteToEnd, "Delete to the end of the line"),
        KeyBinding([.ctrl("w"), Key.backspace.with(.alt)], .deleteWordBackward, "Delete the word before the cursor"),
        KeyBinding(.alt("d"), .deleteWordForward, "Delete the word after the cursor"),
    ])

    public var keyHelp: HelpSection {
        var section = Self.keys.help
        section.entries.append(HelpEntry(keys: "Enter", text: "Confirm the field"))
        section.entries.append(HelpEntry(keys: "paste", text: "Insert pasted text (line breaks become spaces)"))
        return section
    }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        switch input {
        case .paste(let pasted):
            return buffer.insert(pasted) ? .changed : .handled
        case .key(let key):
            if key == .enter { return .submitted }
            if let edit = Self.keys.action(for: key) { return perform(edit) }
            if let character = key.text { return buffer.insert(String(character)) ? .changed : .handled }
            return .ignored
        }
    }

    mutating func perform(_ edit: TextEdit) -> WidgetOutcome {
        buffer.apply(edit) ? .changed : .handled
    }

    /// The first grapheme shown when the field is `width` cells wide.
    public func scrollOffset(width: Int) -> Int {
        guard width > 1 else { return cursor }
        let widths = characters.map { TextLayout.width(String($0)) }
        let cursorColumn = widths[..<cursor].reduce(0, +)
        guard cursorColumn >= width - 1 else { return 0 }
        let step = max(1, width / 2)
        let shift = ((cursorColumn - (width - 1)) / step + 1) * step
        var column = 0, index = 0
        while index < cursor, column + widths[index] <= shift { column += widths[index]; index += 1 }
        return index
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        let area = rect.row(0)
        guard !area.isEmpty else { return }
        let style = focused ? theme[.fieldFocused] : theme[.field]
        buffer.fill(area, style: style)
        if characters.isEmpty {
            if !placeholder.isEmpty {
                var muted = theme[.muted]
                muted.background = style.background
                buffer.write(placeholder, at: Point(x: area.x, y: area.y), style: muted, maxWidth: area.width, ellipsis: true)
            }
            if focused { buffer.cursor = Point(x: area.x, y: area.y) }
            return
        }
        let first = scrollOffset(width: area.width)
        let visible = String(characters[first...])
        buffer.write(visible, at: Point(x: area.x, y: area.y), style: style, maxWidth: area.width)
        let cursorX = area.x + TextLayout.width(String(characters[first..<cursor]))
        if first > 0, cursorX > area.x {
            buffer.write(theme.glyphs.ellipsis, at: Point(x: area.x, y: area.y), style: style.adding(.dim), maxWidth: 1)
        }
        if TextLayout.width(visible) > area.width, cursorX < area.maxX - 1 {
            buffer.write(theme.glyphs.ellipsis, at: Point(x: area.maxX - 1, y: area.y), style: style.adding(.dim), maxWidth: 1)
        }
        if focused { buffer.cursor = Point(x: min(cursorX, area.maxX - 1), y: area.y) }
    }
}
