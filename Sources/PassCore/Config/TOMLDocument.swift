import TOMLKit

/// A TOML file, read with TOMLKit (toml++): the one TOML parser of the program, for
/// `profiles.toml`, `config.toml` and themes. Keys keep the order and the line the file
/// gives them; errors name the file, the line and the key, and never quote the value of a
/// key that may hold a secret.
public struct TOMLDocument: Sendable {
    public var file: String
    /// The top-level table; tables are values of its entries.
    public var root: TOMLTable

    /// Parses `text`, naming `file` in errors.
    public static func parse(_ text: String, file: String) throws(TOMLError) -> TOMLDocument {
        let index = TOMLLineIndex(text)
        if let nul = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(where: { $0.contains("\u{0}") }) {
            throw TOMLError(file: file, line: nul + 1, message: "the file holds a NUL character; is it a text file?")
        }
        let parsed: TOMLKit.TOMLTable
        do {
            parsed = try TOMLKit.TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLError.parsing(error.description, line: error.source.begin.line, file: file, index: index)
        } catch {
            throw TOMLError(file: file, line: 0, message: "is not TOML")
        }
        return TOMLDocument(file: file, root: convert(parsed, path: [], index: index))
    }

    /// The keys `text` sets that may hold a secret (`client_secret`, `access_token`…), with the
    /// tables they are in; read without parsing, so that a file's permissions can be checked
    /// before its syntax.
    public static func secretSettings(in text: String) -> [(table: [String], key: String, line: Int)] {
        TOMLLineIndex(text, eachLineAlone: true).settings.compactMap { setting in
            guard let key = setting.key.last, mayHoldSecret(key) else { return nil }
            return (setting.table + setting.key.dropLast(), key, setting.line)
        }
    }

    /// Whether a key's value may be a secret: its value is then never quoted in a message.
    public static func mayHoldSecret(_ key: String) -> Bool {
        let key = key.lowercased()
        return ["secret", "password", "passphrase", "credential"].contains { key.contains($0) }
            || key == "token" || key.hasSuffix("_token") || key.hasSuffix("-token")
    }

    private static func convert(_ table: TOMLKit.TOMLTable, path: [String], index: TOMLLineIndex) -> TOMLTable {
        var entries: [TOMLEntry] = []
        for (key, value) in table {
            let keyPath = path + [key]
            entries.append(TOMLEntry(key: key, value: convert(value, path: keyPath, index: index), line: index.line(of: keyPath) ?? 0))
        }
        entries.sort { ($0.line, $0.key) < ($1.line, $1.key) }
        return TOMLTable(name: path.joined(separator: "."), line: path.isEmpty ? 0 : index.line(of: path) ?? 0, entries: entries)
    }

    private static func convert(_ value: TOMLValueConvertible, path: [String], index: TOMLLineIndex) -> TOMLValue {
        switch value.type {
        case .string: .string(value.string ?? "")
        case .int: .integer(value.int ?? 0)
        case .double: .float(value.double ?? 0)
        case .bool: .bool(value.bool ?? false)
        case .array: .array((value.array.map { Array($0) } ?? []).map { convert($0, path: path, index: index) })
        case .table: .table(value.table.map { convert($0, path: path, index: index) } ?? TOMLTable(name: "", line: 0, entries: []))
        case .date, .time, .dateTime: .dateTime(value.debugDescription)
        }
    }
}

extension TOMLError {
    /// toml++'s parse error in words that say what to write instead. The message names the
    /// line's key and never shows the value of a line that may hold a secret (not even the
    /// one character toml++ quotes).
    static func parsing(_ description: String, line: Int, file: String, index: TOMLLineIndex) -> TOMLError {
        // toml++ says "Error while parsing boolean: expected 'true', saw 'T'".
        var detail = Substring(description)
        if detail.hasPrefix("Error while parsing "), let colon = detail.firstIndex(of: ":") {
            detail = detail[detail.index(after: colon)...].drop { $0 == " " }
        }
        let redefines = detail.contains("cannot redefine")
        switch index.kind(ofLine: line) {
        case .header(let path, let closed)?:
            if !closed { return TOMLError(file: file, line: line, message: "the table header is missing its closing ]") }
            if path.isEmpty { return TOMLError(file: file, line: line, message: "a table header is [name] or [name.part]") }
            if redefines {
                return TOMLError(file: file, line: line, message: "the table [\(path.joined(separator: "."))] is defined twice; merge the two")
            }
            return TOMLError(file: file, line: line, message: "this table header is not TOML (\(detail))")
        case .setting(_, let key, let value)?:
            let name = key.joined(separator: ".")
            // An inline table's keys are on its line too: `s = { client_secret = … }`.
            let secret = key.contains(where: TOMLDocument.mayHoldSecret) || TOMLDocument.mayHoldSecret(value)
            func error(_ message: String) -> TOMLError { TOMLError(file: file, line: line, key: name, message: message) }
            if redefines { return error("this key is set twice in one table; keep one") }
            guard let first = value.first, first != "#" else {
                return error("the value is missing; write a \"string\", a number, true or false")
            }
            if detail.contains("expected a comment or whitespace") {
                return error("there is more after the value; one setting per line (a # starts a comment)")
            }
            if first == "\"" || first == "'", detail.contains("end-of-file") || !value.dropFirst().contains(first) {
                return error("the string has no closing \(first)")
            }
            if first == "\"", detail.contains("escape") {
                return error("a \\ in a \"string\" starts an escape (\\n, \\t, \\\\, \\u00e9); write \\\\ for a backslash, or use 'single quotes'")
            }
            let word = String(value.prefix { !$0.isWhitespace && $0 != "#" && $0 != "," && $0 != "]" })
            let bare = (first.isLetter && !["true", "false", "inf", "nan"].contains(word))
                || detail.contains("could not determine value type")
            if bare, !secret {
                return error("\(word) is not a value; put text in quotes (\"\(word)\"), or write a number, true or false")
            }
            if bare {
                return error("the value is not in quotes; write \(name) = \"…\" (the value is not shown: it may be a secret)")
            }
            if secret { return error("the value is not TOML; write it in quotes, \(name) = \"…\" (the value is not shown: it may be a secret)") }
            return error(String(detail))
        case .keyWithoutValue(_, let key)?:
            return TOMLError(file: file, line: line, key: key.joined(separator: "."), message: "expected = after the key")
        case .continuation(_, let key)?:
            let name = key.joined(separator: ".")
            if key.contains(where: TOMLDocument.mayHoldSecret) {
                return TOMLError(file: file, line: line, key: name, message: "the value that starts on an earlier line is not TOML (the value is not shown: it may be a secret)")
            }
            return TOMLError(file: file, line: line, key: name, message: "the value that starts on an earlier line is not TOML (\(detail))")
        case .blank?, .unreadable?, nil:
            if detail.contains("end-of-file") {
                return TOMLError(file: file, line: line, message: "the file ends inside a value (\(detail))")
            }
            return TOMLError(file: file, line: line, message: "expected key = value, a [table] header or a # comment")
        }
    }
}
