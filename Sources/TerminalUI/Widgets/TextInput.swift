import PassCore

/// A single-line text field: editing keys as in a shell, paste, wide characters, and a
/// horizontal scroll that keeps the cursor in view (it moves by half the field's width, so
/// the text does not shift on every key).
public struct TextInput: Widget, Hashable, Sendable {
    public enum Action: Sendable {
        case left, right, wordLeft, wordRight, home, end
        case deleteBackward, deleteForward, deleteToStart, deleteToEnd, deleteWordBackward, deleteWordForward
        case submit
    }

    /// The text, one element per grapheme.
    public private(set) var characters: [Character]
    /// The cursor, as an index into ``characters`` (0 … count).
    public private(set) var cursor: Int
    /// Shown, muted, while the field is empty.
    public var placeholder: String
    /// The most graphemes the field takes; nil for no limit.
    public var maxLength: Int?

    public init(_ text: String = "", placeholder: String = "", maxLength: Int? = nil) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.placeholder = placeholder
        self.maxLength = maxLength
    }

    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = characters.count
        }
    }

    public var acceptsText: Bool { true }

    public static let keys = KeyTable<Action>("Text field", [
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
        KeyBinding(.enter, .submit, "Confirm the field"),
    ])

    public var keyHelp: HelpSection {
        var section = Self.keys.help
        section.entries.append(HelpEntry(keys: "paste", text: "Insert pasted text (line breaks become spaces)"))
        return section
    }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        switch input {
        case .paste(let pasted):
            return insert(Self.singleLine(pasted))
        case .key(let key):
            if let action = Self.keys.action(for: key) { return perform(action) }
            if let character = key.text { return insert(String(character)) }
            return .ignored
        }
    }

    mutating func perform(_ action: Action) -> WidgetOutcome {
        let before = characters
        switch action {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .deleteBackward:
            guard cursor > 0 else { return .handled }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < characters.count else { return .handled }
            characters.remove(at: cursor)
        case .deleteToStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToEnd:
            characters.removeSubrange(cursor...)
        case .deleteWordBackward:
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .deleteWordForward:
            characters.removeSubrange(cursor..<wordEnd(after: cursor))
        case .submit:
            return .submitted
        }
        return characters == before ? .handled : .changed
    }

    mutating func insert(_ text: String) -> WidgetOutcome {
        guard !text.isEmpty else { return .handled }
        var inserted = text
        if let maxLength {
            let room = maxLength - characters.count
            guard room > 0 else { return .handled }
            inserted = String(inserted.prefix(room))
        }
        // Rebuild around the cursor so a combining mark joins the grapheme before it.
        let head = String(characters[..<cursor]) + inserted
        let tail = characters[cursor...]
        characters = Array(head + String(tail))
        cursor = min(characters.count, Array(head).count)
        return .changed
    }

    /// Pasted text made fit for one line: line breaks and tabs become spaces, other controls go.
    static func singleLine(_ text: String) -> String {
        var out = ""
        var lastWasBreak = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" || scalar == "\n" {
                if !lastWasBreak { out.unicodeScalars.append(" ") }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            if scalar == "\t" { out.unicodeScalars.append(" ") } else if !TextSanitizer.isUnsafe(scalar) { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    private func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, !isWordCharacter(characters[i - 1]) { i -= 1 }
        while i > 0, isWordCharacter(characters[i - 1]) { i -= 1 }
        return i
    }

    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count, !isWordCharacter(characters[i]) { i += 1 }
        while i < characters.count, isWordCharacter(characters[i]) { i += 1 }
        return i
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
