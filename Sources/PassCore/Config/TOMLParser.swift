/// Reads the subset of TOML that the profile file needs: `# comments`,
/// `[table]` and `[dotted.table]` headers, and `key = value` lines whose
/// value is a basic or literal string, an integer, a float, a boolean or a
/// one-line array of those. Errors name the file, the line and the key.
public struct TOMLParser: Sendable {
    public let file: String

    public init(file: String) {
        self.file = file
    }

    /// The tables of `text` in the order they appear; the root table first.
    public func parse(_ text: String) throws(TOMLError) -> [TOMLTable] {
        var tables = [TOMLTable(name: "", line: 0, entries: [])]
        var seen: Set<String> = [""]
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(raw)
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.first == "#" { continue }
            if trimmed.first == "[" {
                let name = try header(trimmed, line: lineNumber)
                guard seen.insert(name).inserted else {
                    throw TOMLError(file: file, line: lineNumber, message: "the table [\(name)] is defined twice; merge the two")
                }
                tables.append(TOMLTable(name: name, line: lineNumber, entries: []))
                continue
            }
            let entry = try keyValue(trimmed, line: lineNumber)
            guard tables[tables.count - 1][entry.key] == nil else {
                throw TOMLError(file: file, line: lineNumber, key: entry.key, message: "this key is set twice in one table; keep one")
            }
            tables[tables.count - 1].entries.append(entry)
        }
        return tables
    }

    private func header(_ text: Substring, line: Int) throws(TOMLError) -> String {
        var scanner = Scanner(text.dropFirst())
        if scanner.peek == "[" {
            throw TOMLError(file: file, line: line, message: "arrays of tables ([[...]]) are not supported here; use [profile.NAME]")
        }
        var parts: [String] = []
        while true {
            scanner.skipSpaces()
            guard let part = try key(&scanner, line: line) else {
                throw TOMLError(file: file, line: line, message: "a table header is [name] or [profile.name]")
            }
            parts.append(part)
            scanner.skipSpaces()
            if scanner.peek == "." {
                scanner.advance()
                continue
            }
            break
        }
        guard scanner.peek == "]" else {
            throw TOMLError(file: file, line: line, message: "the table header is missing its closing ]")
        }
        scanner.advance()
        try expectEnd(&scanner, line: line, key: nil)
        return parts.joined(separator: ".")
    }

    private func keyValue(_ text: Substring, line: Int) throws(TOMLError) -> TOMLEntry {
        var scanner = Scanner(text)
        guard let name = try key(&scanner, line: line) else {
            throw TOMLError(file: file, line: line, message: "expected key = value, a [table] header or a # comment")
        }
        scanner.skipSpaces()
        if scanner.peek == "." {
            throw TOMLError(file: file, line: line, key: name, message: "dotted keys are not supported here; put the key under a [table] header")
        }
        guard scanner.peek == "=" else {
            throw TOMLError(file: file, line: line, key: name, message: "expected = after the key")
        }
        scanner.advance()
        scanner.skipSpaces()
        let value = try self.value(&scanner, line: line, key: name)
        try expectEnd(&scanner, line: line, key: name)
        return TOMLEntry(key: name, value: value, line: line)
    }

    private func key(_ scanner: inout Scanner, line: Int) throws(TOMLError) -> String? {
        if scanner.peek == "\"" { return try basicString(&scanner, line: line, key: nil) }
        if scanner.peek == "'" { return try literalString(&scanner, line: line, key: nil) }
        let bare = scanner.take { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        return bare.isEmpty ? nil : String(bare)
    }

    private func value(_ scanner: inout Scanner, line: Int, key: String) throws(TOMLError) -> TOMLValue {
        switch scanner.peek {
        case "\"":
            if scanner.rest.hasPrefix("\"\"\"") {
                throw TOMLError(file: file, line: line, key: key, message: "multi-line strings are not supported here; write the value on one line")
            }
            return .string(try basicString(&scanner, line: line, key: key))
        case "'":
            return .string(try literalString(&scanner, line: line, key: key))
        case "[":
            scanner.advance()
            var elements: [TOMLValue] = []
            while true {
                scanner.skipSpaces()
                if scanner.peek == "]" { scanner.advance(); break }
                elements.append(try value(&scanner, line: line, key: key))
                scanner.skipSpaces()
                if scanner.peek == "," { scanner.advance(); continue }
                guard scanner.peek == "]" else {
                    throw TOMLError(file: file, line: line, key: key, message: "an array is [value, value, ...] on one line")
                }
            }
            return .array(elements)
        case nil:
            throw TOMLError(file: file, line: line, key: key, message: "the value is missing; write a \"string\", a number, true or false")
        default:
            let word = String(scanner.take { !$0.isWhitespace && $0 != "," && $0 != "]" && $0 != "#" })
            if word == "true" { return .bool(true) }
            if word == "false" { return .bool(false) }
            let digits = word.filter { $0 != "_" }
            if let int = Int(digits) { return .integer(int) }
            if let double = Double(digits), digits.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
                return .float(double)
            }
            throw TOMLError(file: file, line: line, key: key,
                            message: "\(word) is not a value; put text in quotes (\"\(word)\"), or write a number, true or false")
        }
    }

    private func basicString(_ scanner: inout Scanner, line: Int, key: String?) throws(TOMLError) -> String {
        scanner.advance()
        var out = ""
        while let c = scanner.peek {
            scanner.advance()
            if c == "\"" { return out }
            guard c == "\\" else {
                out.append(c)
                continue
            }
            guard let escape = scanner.peek else { break }
            scanner.advance()
            switch escape {
            case "\"": out.append("\"")
            case "\\": out.append("\\")
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "u", "U":
                let hex = String(scanner.take(count: escape == "u" ? 4 : 8))
                guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                    throw TOMLError(file: file, line: line, key: key, message: "\\\(escape)\(hex) is not a Unicode escape")
                }
                out.unicodeScalars.append(scalar)
            default:
                throw TOMLError(file: file, line: line, key: key,
                                message: "\\\(escape) is not an escape; write \\\\ for a backslash or use 'single quotes'")
            }
        }
        throw TOMLError(file: file, line: line, key: key, message: "the string has no closing \"")
    }

    private func literalString(_ scanner: inout Scanner, line: Int, key: String?) throws(TOMLError) -> String {
        scanner.advance()
        let body = scanner.take { $0 != "'" }
        guard scanner.peek == "'" else {
            throw TOMLError(file: file, line: line, key: key, message: "the string has no closing '")
        }
        scanner.advance()
        return String(body)
    }

    private func expectEnd(_ scanner: inout Scanner, line: Int, key: String?) throws(TOMLError) {
        scanner.skipSpaces()
        guard scanner.peek == nil || scanner.peek == "#" else {
            throw TOMLError(file: file, line: line, key: key,
                            message: "unexpected \(String(scanner.rest.prefix(20))) after the value; one setting per line")
        }
    }

    private struct Scanner {
        var rest: Substring
        init(_ text: Substring) { rest = text }
        var peek: Character? { rest.first }
        mutating func advance() { rest = rest.dropFirst() }
        mutating func skipSpaces() { rest = rest.drop { $0 == " " || $0 == "\t" } }
        mutating func take(while predicate: (Character) -> Bool) -> Substring {
            let taken = rest.prefix(while: predicate)
            rest = rest.dropFirst(taken.count)
            return taken
        }
        mutating func take(count: Int) -> Substring {
            let taken = rest.prefix(count)
            rest = rest.dropFirst(taken.count)
            return taken
        }
    }
}
