import PassCore

/// One line of text being edited: its graphemes and the cursor between them, with the
/// editing moves of a shell line. Every text field of the program edits through it, so a
/// key does the same thing in a form field, a path prompt and the palette's filter.
public struct TextBuffer: Hashable, Sendable {
    /// The text, one element per grapheme.
    public private(set) var characters: [Character]
    /// The cursor, as an index into ``characters`` (0 … count).
    public private(set) var cursor: Int
    /// The most graphemes the buffer takes; nil for no limit.
    public var maxLength: Int?

    public init(_ text: String = "", cursor: Int? = nil, maxLength: Int? = nil) {
        characters = Array(text)
        self.cursor = min(max(0, cursor ?? characters.count), characters.count)
        self.maxLength = maxLength
    }

    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = characters.count
        }
    }

    public var isEmpty: Bool { characters.isEmpty }

    /// Applies a move or a deletion; returns whether the text changed.
    @discardableResult
    public mutating func apply(_ edit: TextEdit) -> Bool {
        let before = characters
        switch edit {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .deleteBackward:
            guard cursor > 0 else { return false }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < characters.count else { return false }
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
        case .clear:
            characters.removeAll()
            cursor = 0
        }
        return characters != before
    }

    /// Inserts typed or pasted text at the cursor (made fit for one line first); returns
    /// whether the text changed.
    @discardableResult
    public mutating func insert(_ typed: String) -> Bool {
        var inserted = Self.singleLine(typed)
        guard !inserted.isEmpty else { return false }
        if let maxLength {
            let room = maxLength - characters.count
            guard room > 0 else { return false }
            inserted = String(inserted.prefix(room))
        }
        // Rebuild around the cursor so a combining mark joins the grapheme before it.
        let head = String(characters[..<cursor]) + inserted
        let tail = characters[cursor...]
        characters = Array(head + String(tail))
        cursor = min(characters.count, Array(head).count)
        return true
    }

    /// Text made fit for one line: line breaks and tabs become spaces; escape sequences (a
    /// terminal's colour codes pasted along with the text) and every other control go whole,
    /// so no `[31m` is left behind.
    public static func singleLine(_ text: String) -> String {
        var out = ""
        var lastWasBreak = false
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "\r" || scalar == "\n" {
                if !lastWasBreak { out.unicodeScalars.append(" ") }
                lastWasBreak = true
                i += 1
                continue
            }
            lastWasBreak = false
            if scalar == "\u{1B}" || scalar == "\u{9B}" || scalar == "\u{9D}" {
                i = EscapeSequence.end(in: scalars, from: i)
                continue
            }
            if scalar == "\t" {
                out.unicodeScalars.append(" ")
            } else if !TextSanitizer.isUnsafe(scalar) {
                out.unicodeScalars.append(scalar)
            }
            i += 1
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
}

/// A move or a deletion in a line of text.
public enum TextEdit: Hashable, Sendable, CaseIterable {
    case left, right, wordLeft, wordRight, home, end
    case deleteBackward, deleteForward, deleteToStart, deleteToEnd, deleteWordBackward, deleteWordForward
    /// Empties the field.
    case clear
}

/// Where an escape sequence that starts at `start` ends (the index after it): CSI (`ESC [` …
/// final byte), OSC (`ESC ]` … BEL or `ESC \`), a two-character escape, or the C1 forms.
enum EscapeSequence {
    static func end(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        let first = scalars[i]
        var kind: Unicode.Scalar
        if first == "\u{1B}" {
            i += 1
            guard i < scalars.count else { return i }
            kind = scalars[i]
            i += 1
            guard kind == "[" || kind == "]" || kind == "P" || kind == "_" || kind == "^" || kind == "X" else { return i }
        } else {
            kind = first == "\u{9B}" ? "[" : "]"
            i += 1
        }
        if kind == "[" {
            // Parameters and intermediates, then one final byte in @…~.
            while i < scalars.count {
                let v = scalars[i].value
                i += 1
                if (0x40...0x7E).contains(v) { return i }
                if !(0x20...0x3F).contains(v) { return i }
            }
            return i
        }
        // A string sequence: until BEL, ST (ESC \) or U+009C.
        while i < scalars.count {
            let s = scalars[i]
            if s == "\u{07}" || s == "\u{9C}" { return i + 1 }
            if s == "\u{1B}", i + 1 < scalars.count, scalars[i + 1] == "\\" { return i + 2 }
            i += 1
        }
        return i
    }
}
