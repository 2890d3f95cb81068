/// Where each table header and key of a TOML text is, found by a small scan of the text.
///
/// TOMLKit 0.6.0 gives a line and column for parse errors only, not for the keys of a
/// document it has parsed, so ``TOMLDocument`` takes the line of each key from this scan.
/// The scan also reads text that does not parse: it says what kind of line an error is on
/// (for the message), and which secrets a file sets before its syntax is checked.
struct TOMLLineIndex: Sendable {
    /// What one line of the text is.
    enum Line: Sendable, Equatable {
        /// Empty, or only a comment.
        case blank
        /// `[a.b]` or `[[a.b]]`; `closed` is false when the `]` is missing.
        case header(path: [String], closed: Bool)
        /// `key = value` (the key may be dotted) in the table `table`; `value` is the text after `=`.
        case setting(table: [String], key: [String], value: String)
        /// A key with no `=` after it.
        case keyWithoutValue(table: [String], key: [String])
        /// Inside a multi-line string or array that the setting `key` began on an earlier line.
        case continuation(table: [String], key: [String])
        /// None of these.
        case unreadable
    }

    private(set) var lines: [Line] = []
    private var firstLine: [[String]: Int] = [:]

    // The state carried from one line to the next.
    private var table: [String] = []
    private var depth = 0
    private var multiline: Character?
    private var owner: (table: [String], key: [String]) = ([], [])

    /// - Parameter eachLineAlone: read every line as if nothing above it were open (an
    ///   unclosed `[` or string in a broken file then hides no key below it); for finding
    ///   secrets in text that may not parse.
    init(_ text: String, eachLineAlone: Bool = false) {
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Array(raw)
            if line.last == "\r" { line.removeLast() }
            if eachLineAlone {
                depth = 0
                multiline = nil
            }
            lines.append(read(line, number: lines.count + 1))
        }
    }

    /// The line (from 1) of the header or key that names `path`, else of its nearest
    /// ancestor that the text names (a key inside an inline table is on its table's line).
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = firstLine[path] { return line }
            path.removeLast()
        }
        return nil
    }

    /// What line `number` (from 1) is.
    func kind(ofLine number: Int) -> Line? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }

    /// Every `key = value` line: the table it is in, the key and the line.
    var settings: [(table: [String], key: [String], line: Int)] {
        lines.enumerated().compactMap { offset, line in
            if case .setting(let table, let key, _) = line { return (table, key, offset + 1) }
            return nil
        }
    }

    private mutating func read(_ s: [Character], number: Int) -> Line {
        if multiline != nil || depth > 0 {
            scanValue(s, from: 0)
            return .continuation(table: owner.table, key: owner.key)
        }
        var i = skipSpaces(s, 0)
        guard i < s.count, s[i] != "#" else { return .blank }
        if s[i] == "[" {
            let double = i + 1 < s.count && s[i + 1] == "["
            i += double ? 2 : 1
            var path: [String] = []
            i = readKey(s, skipSpaces(s, i), into: &path)
            i = skipSpaces(s, i)
            let closed = i < s.count && s[i] == "]" && (!double || (i + 1 < s.count && s[i + 1] == "]"))
            if closed, !path.isEmpty {
                table = path
                record(path, number)
            }
            return .header(path: path, closed: closed)
        }
        var key: [String] = []
        i = readKey(s, i, into: &key)
        guard !key.isEmpty else { return .unreadable }
        i = skipSpaces(s, i)
        guard i < s.count, s[i] == "=" else { return .keyWithoutValue(table: table, key: key) }
        record(table + key, number)
        owner = (table, key)
        let value = String(s[skipSpaces(s, i + 1)...])
        scanValue(s, from: i + 1)
        return .setting(table: table, key: key, value: value)
    }

    /// Records the line of `path` and of its ancestors not named before.
    private mutating func record(_ path: [String], _ number: Int) {
        for end in 1...path.count where firstLine[Array(path[..<end])] == nil {
            firstLine[Array(path[..<end])] = number
        }
    }

    /// Reads a dotted key (bare, "basic" or 'literal' parts); stops at the first character that is not part of it.
    private func readKey(_ s: [Character], _ start: Int, into parts: inout [String]) -> Int {
        var i = start
        while i < s.count {
            var part = ""
            if s[i] == "\"" || s[i] == "'" {
                let quote = s[i]
                i += 1
                while i < s.count, s[i] != quote {
                    if quote == "\"", s[i] == "\\", i + 1 < s.count {
                        i += 1
                        part.append(Self.unescaped(s[i]))
                    } else {
                        part.append(s[i])
                    }
                    i += 1
                }
                guard i < s.count else { return i }
                i += 1
            } else {
                while i < s.count, s[i].isASCII, s[i].isLetter || s[i].isNumber || s[i] == "_" || s[i] == "-" {
                    part.append(s[i])
                    i += 1
                }
                if part.isEmpty { return i }
            }
            parts.append(part)
            let after = skipSpaces(s, i)
            guard after < s.count, s[after] == "." else { return i }
            i = skipSpaces(s, after + 1)
        }
        return i
    }

    private static func unescaped(_ c: Character) -> Character {
        switch c {
        case "n": "\n"
        case "t": "\t"
        case "r": "\r"
        default: c
        }
    }

    /// Follows strings, arrays and inline tables through a value, so that a line inside a
    /// multi-line string or array is not read as a key.
    private mutating func scanValue(_ s: [Character], from start: Int) {
        var i = start
        while i < s.count {
            if let quote = multiline {
                if quote == "\"", s[i] == "\\" {
                    i += 2
                } else if Self.triple(s, i, quote) {
                    i += 3
                    while i < s.count, s[i] == quote { i += 1 }
                    multiline = nil
                } else {
                    i += 1
                }
                continue
            }
            switch s[i] {
            case "#":
                return
            case "\"", "'":
                let quote = s[i]
                if Self.triple(s, i, quote) {
                    multiline = quote
                    i += 3
                    continue
                }
                i += 1
                while i < s.count, s[i] != quote {
                    i += quote == "\"" && s[i] == "\\" ? 2 : 1
                }
                i += 1
            case "[", "{":
                depth += 1
                i += 1
            case "]", "}":
                depth = max(0, depth - 1)
                i += 1
            default:
                i += 1
            }
        }
    }

    private static func triple(_ s: [Character], _ i: Int, _ quote: Character) -> Bool {
        i + 2 < s.count && s[i] == quote && s[i + 1] == quote && s[i + 2] == quote
    }

    private func skipSpaces(_ s: [Character], _ start: Int) -> Int {
        var i = start
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        return i
    }
}
