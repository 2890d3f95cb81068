/// Keys as `config.toml` writes them — `ctrl-g`, `alt-s`, `alt-shift-w`, `f10`, `shift-f4`,
/// `insert`, `?` — read and written here and nowhere else.
extension Key {
    /// Why a key's name was refused, in words that say what to write instead.
    public struct NameProblem: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The names of keys that are not characters, as config.toml writes them.
    static let codeNames: [(String, Code)] = [
        ("enter", .enter), ("tab", .tab), ("backspace", .backspace), ("delete", .delete), ("insert", .insert),
        ("esc", .escape), ("up", .up), ("down", .down), ("left", .left), ("right", .right), ("home", .home),
        ("end", .end), ("pgup", .pageUp), ("pgdn", .pageDown), ("space", .character(" ")),
    ]

    /// Other spellings people write, read as the names above.
    static let codeAliases: [String: String] = [
        "return": "enter", "escape": "esc", "del": "delete", "ins": "insert", "pageup": "pgup", "pagedown": "pgdn",
    ]

    /// The key as config.toml writes it; `Key(configName:)` reads it back.
    public var configName: String {
        var parts: [String] = []
        if modifiers.contains(.ctrl) { parts.append("ctrl") }
        if modifiers.contains(.alt) { parts.append("alt") }
        switch code {
        case .character(let c) where c.isLetter && c.isUppercase:
            parts += ["shift", c.lowercased()]
        case .character(let c):
            if modifiers.contains(.shift) { parts.append("shift") }
            parts.append(Self.codeNames.first { $0.1 == code }?.0 ?? String(c))
        case .function(let n):
            if modifiers.contains(.shift) { parts.append("shift") }
            parts.append("f\(n)")
        default:
            if modifiers.contains(.shift) { parts.append("shift") }
            parts.append(Self.codeNames.first { $0.1 == code }?.0 ?? "\(code)")
        }
        return parts.joined(separator: "-")
    }

    /// Reads a key written as config.toml writes it: modifiers `ctrl-`, `alt-`, `shift-` (in any
    /// order and case), then a character or a name (`f1`…`f12`, `insert`, `pgup`…). Refuses
    /// chords that do not reach a program in a terminal, saying what to write instead.
    public init(configName text: String) throws(NameProblem) {
        func refuse(_ message: String) -> NameProblem { NameProblem(message: "\"\(text)\" \(message)") }
        guard !text.isEmpty else { throw NameProblem(message: "a key is not empty: write ctrl-g, alt-s, f10, shift-f4, insert…") }
        var rest = Substring(text)
        var modifiers: Modifiers = []
        // `alt--` is Alt with the minus key: a dash that ends the text is the key.
        while let dash = rest.firstIndex(of: "-"), dash != rest.startIndex, rest.index(after: dash) != rest.endIndex {
            switch rest[..<dash].lowercased() {
            case "ctrl", "control": modifiers.insert(.ctrl)
            case "alt", "meta", "option": modifiers.insert(.alt)
            case "shift": modifiers.insert(.shift)
            case let word: throw refuse("is not a key: \(word) is not ctrl, alt or shift")
            }
            rest = rest[rest.index(after: dash)...]
        }
        let name = rest.lowercased()
        let code: Code
        if rest.count == 1, let c = rest.first {
            guard !c.isWhitespace, !c.isNewline, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
                throw refuse("is not a key: write space, tab or enter by name")
            }
            // After a modifier a letter's case does not matter (alt-S is alt-s; Alt and Shift is alt-shift-s).
            code = .character(c.isLetter && !modifiers.isEmpty ? Character(c.lowercased()) : c)
        } else if let found = Self.codeNames.first(where: { $0.0 == (Self.codeAliases[name] ?? name) }) {
            code = found.1
        } else if name.hasPrefix("f"), let n = Int(name.dropFirst()), String(n) == name.dropFirst() {
            guard (1...12).contains(n) else { throw refuse("is not a key: function keys are f1 to f12 (shift-f1 to shift-f12)") }
            code = .function(n)
        } else {
            throw refuse("is not a key: write a character or a name (f1…f12, insert, delete, home, end, pgup, pgdn, up, down, left, right, tab, space), with ctrl-, alt- or shift- before it")
        }
        try self.init(checking: code, modifiers, text: text)
    }

    /// The key `code` with `modifiers`, as the terminal sends it; refuses what never arrives as written.
    private init(checking code: Code, _ modifiers: Modifiers, text: String) throws(NameProblem) {
        func refuse(_ message: String) -> NameProblem { NameProblem(message: "\"\(text)\" \(message)") }
        var code = code
        var modifiers = modifiers
        switch code {
        case .character(let c):
            if modifiers.contains(.shift) {
                guard c.isLetter, c.isLowercase else {
                    throw refuse("cannot be told apart from the character itself: write the character the key types (like ? or A)")
                }
                guard !modifiers.contains(.ctrl) else {
                    throw refuse("cannot be told apart from the same chord without Shift in a terminal; choose another key")
                }
                code = .character(Character(c.uppercased()))
                modifiers.remove(.shift)
            }
            if modifiers.contains(.ctrl) {
                switch c {
                case "h": throw refuse("arrives as Backspace in a terminal; choose another key")
                case "i": throw refuse("arrives as Tab in a terminal; write tab")
                case "j", "m": throw refuse("arrives as Enter in a terminal; choose another key")
                case "[": throw refuse("arrives as Esc in a terminal; choose another key")
                case "a"..."z", " ", "\\", "]", "^", "_": break
                default: throw refuse("does not reach programs in most terminals: Ctrl goes with a letter (ctrl-g)")
                }
            }
        case .function:
            guard modifiers.isSubset(of: [.shift, .alt]) else {
                throw refuse("is not read by this program: a function key goes alone, with shift- or with alt-")
            }
        case .tab:
            guard modifiers.isSubset(of: [.shift]) else { throw refuse("does not reach programs in most terminals; write tab or shift-tab") }
        case .enter, .escape, .backspace:
            guard modifiers.isSubset(of: [.alt]) else { throw refuse("does not reach programs in most terminals; choose another key") }
        default:
            break
        }
        self.init(code, modifiers)
    }
}
