import CNcurses

/// Turns what `wget_wch` returns into keys and pastes: control characters into Ctrl chords,
/// Esc-prefixed characters into Alt chords, xterm modifier sequences into modified keys,
/// and bracketed paste into one paste event.
struct CursesKeyDecoder {
    enum Raw {
        case character(UInt32)
        case keyCode(Int32)
    }

    private var codes: [Int32: Key] = CursesKeyDecoder.standardCodes()
    private var pasteStart: Int32 = -1
    private var pasteEnd: Int32 = -1
    private var paste: String?

    static func standardCodes() -> [Int32: Key] {
        var map: [Int32: Key] = [
            KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
            KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
            KEY_DC: .delete, KEY_IC: .insert, KEY_BACKSPACE: .backspace, KEY_ENTER: .enter, KEY_BTAB: .backTab,
            KEY_SLEFT: Key(.left, .shift), KEY_SRIGHT: Key(.right, .shift), KEY_SR: Key(.up, .shift),
            KEY_SF: Key(.down, .shift), KEY_SHOME: Key(.home, .shift), KEY_SEND: Key(.end, .shift),
            KEY_SDC: Key(.delete, .shift),
        ]
        for n in 1...24 { map[cn_key_f0() + Int32(n)] = n <= 12 ? .f(n) : Key(.function(n - 12), .shift) }
        return map
    }

    /// Teaches ncurses the xterm sequences for modified arrows and editing keys and bracketed
    /// paste, reusing the terminal's own key codes where terminfo already has them.
    mutating func defineModifiedKeys() {
        var nextCode = cn_key_max() + 1
        func define(_ sequence: String, _ key: Key?) -> Int32 {
            let existing = key_defined(sequence)
            if existing > 0 {
                if let key { codes[existing] = key }
                return existing
            }
            guard existing == 0 else { return -1 }
            let code = nextCode
            nextCode += 1
            guard define_key(sequence, code) == OK else { return -1 }
            if let key { codes[code] = key }
            return code
        }
        let modifiers: [(Int, Key.Modifiers)] = [
            (2, .shift), (3, .alt), (4, [.shift, .alt]), (5, .ctrl), (6, [.ctrl, .shift]), (7, [.ctrl, .alt]),
            (8, [.ctrl, .alt, .shift]),
        ]
        let letters: [(Character, Key.Code)] = [("A", .up), ("B", .down), ("C", .right), ("D", .left), ("H", .home), ("F", .end)]
        let tildes: [(Int, Key.Code)] = [(2, .insert), (3, .delete), (5, .pageUp), (6, .pageDown)]
        for (m, mods) in modifiers {
            for (letter, code) in letters { _ = define("\u{1B}[1;\(m)\(letter)", Key(code, mods)) }
            for (number, code) in tildes { _ = define("\u{1B}[\(number);\(m)~", Key(code, mods)) }
        }
        pasteStart = define("\u{1B}[200~", nil)
        pasteEnd = define("\u{1B}[201~", nil)
    }

    mutating func decode(keyCode: Int32) -> TerminalEvent? {
        if keyCode == pasteStart {
            paste = ""
            return nil
        }
        if keyCode == pasteEnd {
            defer { paste = nil }
            return paste.map { .paste($0) }
        }
        if paste != nil { return nil }
        return codes[keyCode].map { .key($0) }
    }

    mutating func decode(character: UInt32, next: () -> Raw?) -> TerminalEvent? {
        if paste != nil {
            if let scalar = Unicode.Scalar(character) {
                paste?.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
            }
            return nil
        }
        if character == 27 {
            switch next() {
            case nil: return .key(.escape)
            case .keyCode(let code)?:
                return codes[code].map { .key($0.with(.alt)) } ?? .key(.escape)
            case .character(let following)?:
                if let key = Self.plainKey(following) { return .key(key.with(.alt)) }
                return .key(.escape)
            }
        }
        return Self.plainKey(character).map { .key($0) }
    }

    /// The key a single character stands for in raw mode.
    static func plainKey(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 0: return .ctrl(" ")
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96) ?? "a"))
        case 28...31: return .ctrl(Character(Unicode.Scalar(value + 64) ?? "\\"))
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }
}
