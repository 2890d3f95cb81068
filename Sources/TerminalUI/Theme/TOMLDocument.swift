/// A parsed file in a small TOML subset: `# comments`, `[section]` headers (dots allowed in the
/// name), and `key = value` lines whose value is a basic `"string"` (with `\" \\ \n \t \uXXXX`
/// escapes), a literal `'string'`, an integer, a float or `true`/`false`.
/// Arrays, inline tables, dotted keys and multi-line strings are reported as errors.
public struct TOMLDocument: Hashable, Sendable {
    /// The top-level table (name "") first, then every section in file order.
    public var tables: [TOMLTable]

    public subscript(table name: String) -> TOMLTable? { tables.first { $0.name == name } }

    /// Parses `text`; throws the first error with its line number.
    public static func parse(_ text: String) throws(TOMLError) -> TOMLDocument {
        var tables = [TOMLTable(name: "", line: 0, entries: [])]
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var reader = LineReader(Substring(rawLine), line: lineNumber)
            reader.skipSpaces()
            if reader.atEndOrComment { continue }
            if reader.peek == "[" {
                let name = try reader.readHeader()
                if tables.contains(where: { $0.name == name }) {
                    throw TOMLError(line: lineNumber, key: nil, message: "section [\(name)] appears twice")
                }
                tables.append(TOMLTable(name: name, line: lineNumber, entries: []))
                continue
            }
            let key = try reader.readKey()
            reader.skipSpaces()
            guard reader.take("=") else {
                throw TOMLError(line: lineNumber, key: key, message: "expected '=' after the key")
            }
            reader.skipSpaces()
            let value = try reader.readValue(key: key)
            reader.skipSpaces()
            guard reader.atEndOrComment else {
                throw TOMLError(line: lineNumber, key: key, message: "unexpected text after the value")
            }
            let index = tables.count - 1
            if tables[index][key] != nil {
                throw TOMLError(line: lineNumber, key: key, message: "key appears twice in the same section")
            }
            tables[index].entries.append(TOMLEntry(key: key, value: value, line: lineNumber))
        }
        return TOMLDocument(tables: tables)
    }
}

private struct LineReader {
    var chars: [Character]
    var index = 0
    let line: Int

    init(_ text: Substring, line: Int) {
        var characters = Array(text)
        if characters.last == "\r" { characters.removeLast() }
        self.chars = characters
        self.line = line
    }

    var peek: Character? { index < chars.count ? chars[index] : nil }
    var atEndOrComment: Bool { peek == nil || peek == "#" }

    mutating func skipSpaces() {
        while let c = peek, c == " " || c == "\t" { index += 1 }
    }

    mutating func take(_ c: Character) -> Bool {
        guard peek == c else { return false }
        index += 1
        return true
    }

    func error(_ message: String, key: String? = nil) -> TOMLError {
        TOMLError(line: line, key: key, message: message)
    }

    static func isBare(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-")
    }

    mutating func readHeader() throws(TOMLError) -> String {
        index += 1
        if peek == "[" { throw error("arrays of tables ([[...]]) are not supported") }
        skipSpaces()
        var name = ""
        while let c = peek, Self.isBare(c) || c == "." { name.append(c); index += 1 }
        skipSpaces()
        guard !name.isEmpty, !name.hasPrefix("."), !name.hasSuffix("."), !name.contains(".."), take("]") else {
            throw error("a section header must look like [name]")
        }
        skipSpaces()
        guard atEndOrComment else { throw error("unexpected text after [\(name)]") }
        return name
    }

    mutating func readKey() throws(TOMLError) -> String {
        if peek == "\"" || peek == "'" {
            let quote = chars[index]
            index += 1
            var key = ""
            while let c = peek, c != quote { key.append(c); index += 1 }
            guard take(quote), !key.isEmpty else { throw error("unterminated quoted key") }
            return key
        }
        var key = ""
        while let c = peek, Self.isBare(c) { key.append(c); index += 1 }
        if key.isEmpty { throw error("expected a key (letters, digits, '_' or '-')") }
        if peek == "." { throw error("dotted keys are not supported", key: key) }
        return key
    }

    mutating func readValue(key: String) throws(TOMLError) -> TOMLValue {
        guard let first = peek else { throw error("missing value after '='", key: key) }
        switch first {
        case "\"":
            if chars.count >= index + 3, chars[index + 1] == "\"", chars[index + 2] == "\"" {
                throw error("multi-line strings are not supported", key: key)
            }
            index += 1
            return .string(try readBasicString(key: key))
        case "'":
            index += 1
            var text = ""
            while let c = peek, c != "'" { text.append(c); index += 1 }
            guard take("'") else { throw error("unterminated string", key: key) }
            return .string(text)
        case "[":
            throw error("arrays are not supported", key: key)
        case "{":
            throw error("inline tables are not supported", key: key)
        default:
            var word = ""
            while let c = peek, c != " ", c != "\t", c != "#" { word.append(c); index += 1 }
            if word == "true" { return .boolean(true) }
            if word == "false" { return .boolean(false) }
            let digits = word.replacing("_", with: "")
            if let integer = Int(digits), !digits.hasPrefix("_") { return .integer(integer) }
            if digits.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let number = Double(digits) {
                return .float(number)
            }
            throw error("'\(word)' is not a value (strings need quotes)", key: key)
        }
    }

    mutating func readBasicString(key: String) throws(TOMLError) -> String {
        var text = ""
        while let c = peek {
            index += 1
            switch c {
            case "\"":
                return text
            case "\\":
                guard let escaped = peek else { throw error("unterminated escape", key: key) }
                index += 1
                switch escaped {
                case "\"": text.append("\"")
                case "\\": text.append("\\")
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "b": text.append("\u{8}")
                case "f": text.append("\u{C}")
                case "e": text.append("\u{1B}")
                case "u", "U":
                    let count = escaped == "u" ? 4 : 8
                    guard index + count <= chars.count,
                          let value = UInt32(String(chars[index..<index + count]), radix: 16),
                          let scalar = Unicode.Scalar(value) else {
                        throw error("bad \\\(escaped) escape", key: key)
                    }
                    index += count
                    text.unicodeScalars.append(scalar)
                default:
                    throw error("unknown escape \\\(escaped)", key: key)
                }
            default:
                text.append(c)
            }
        }
        throw error("unterminated string", key: key)
    }
}
