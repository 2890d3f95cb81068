/// A key press: a key code and the modifiers held.
public struct Key: Hashable, Sendable, CustomStringConvertible {
    public enum Code: Hashable, Sendable {
        case character(Character)
        case enter, tab, backspace, delete, insert, escape
        case up, down, left, right, home, end, pageUp, pageDown
        case function(Int)
    }

    public struct Modifiers: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let shift = Modifiers(rawValue: 1)
        public static let alt = Modifiers(rawValue: 2)
        public static let ctrl = Modifiers(rawValue: 4)
    }

    public var code: Code
    public var modifiers: Modifiers

    public init(_ code: Code, _ modifiers: Modifiers = []) {
        self.code = code
        self.modifiers = modifiers
    }

    /// A typed character with no Ctrl or Alt.
    public static func char(_ character: Character) -> Key { Key(.character(character)) }
    /// Ctrl plus a letter (given in either case) or symbol.
    public static func ctrl(_ character: Character) -> Key { Key(.character(Character(character.lowercased())), .ctrl) }
    /// Alt plus a character.
    public static func alt(_ character: Character) -> Key { Key(.character(character), .alt) }
    /// Function key `n` (F1 is 1).
    public static func f(_ n: Int) -> Key { Key(.function(n)) }

    public static let enter = Key(.enter)
    public static let tab = Key(.tab)
    public static let backTab = Key(.tab, .shift)
    public static let backspace = Key(.backspace)
    public static let delete = Key(.delete)
    public static let insert = Key(.insert)
    public static let escape = Key(.escape)
    public static let up = Key(.up)
    public static let down = Key(.down)
    public static let left = Key(.left)
    public static let right = Key(.right)
    public static let home = Key(.home)
    public static let end = Key(.end)
    public static let pageUp = Key(.pageUp)
    public static let pageDown = Key(.pageDown)

    /// This key with `extra` modifiers held too.
    public func with(_ extra: Modifiers) -> Key { Key(code, modifiers.union(extra)) }

    /// The character this key types into a text field, if it is plain text.
    public var text: Character? {
        guard case .character(let c) = code, modifiers.isDisjoint(with: [.ctrl, .alt]) else { return nil }
        return c
    }

    /// The key as help and documentation show it: `Ctrl-Q`, `Alt-K`, `Alt-Shift-W`, `Alt-Up`,
    /// `Shift-Tab`, `F1`, `?`.
    public var description: String {
        var parts: [String] = []
        if modifiers.contains(.ctrl) { parts.append("Ctrl") }
        if modifiers.contains(.alt) { parts.append("Alt") }
        let chord = !modifiers.isDisjoint(with: [.ctrl, .alt])
        if case .character(let c) = code, chord, c.isLetter, c.isUppercase {
            parts.append("Shift")
        } else if modifiers.contains(.shift) {
            parts.append("Shift")
        }
        let name: String
        switch code {
        case .character(" "): name = "Space"
        case .character(let c): name = chord ? c.uppercased() : String(c)
        case .enter: name = "Enter"
        case .tab: name = "Tab"
        case .backspace: name = "Backspace"
        case .delete: name = "Delete"
        case .insert: name = "Insert"
        case .escape: name = "Esc"
        case .up: name = "Up"
        case .down: name = "Down"
        case .left: name = "Left"
        case .right: name = "Right"
        case .home: name = "Home"
        case .end: name = "End"
        case .pageUp: name = "PgUp"
        case .pageDown: name = "PgDn"
        case .function(let n): name = "F\(n)"
        }
        parts.append(name)
        return parts.joined(separator: "-")
    }
}

/// Input a widget handles: a key press or pasted text.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case paste(String)
}
