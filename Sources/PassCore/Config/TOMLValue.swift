/// A value of a TOML document, as ``TOMLDocument`` reads it.
public enum TOMLValue: Sendable, Equatable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case array([TOMLValue])
    /// A table: a `[header]`, a dotted key or an inline `{ … }`.
    case table(TOMLTable)
    /// A date, a time or a date-time, as the file wrote it in TOML's form.
    case dateTime(String)

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var intValue: Int? {
        if case .integer(let i) = self { return i }
        return nil
    }

    public var doubleValue: Double? {
        switch self {
        case .float(let d): d
        case .integer(let i): Double(i)
        default: nil
        }
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var tableValue: TOMLTable? {
        if case .table(let t) = self { return t }
        return nil
    }

    public var arrayValue: [TOMLValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The TOML type's name, for messages ("a string").
    public var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number"
        case .bool: "a boolean"
        case .array: "an array"
        case .table: "a table"
        case .dateTime: "a date"
        }
    }

    public var description: String {
        switch self {
        case .string(let s): JSONWriter.quoted(s)
        case .integer(let i): String(i)
        case .float(let d): String(d)
        case .bool(let b): String(b)
        case .array(let a): "[" + a.map(\.description).joined(separator: ", ") + "]"
        case .table(let t): "{ " + t.entries.map { "\($0.key) = \($0.value)" }.joined(separator: ", ") + " }"
        case .dateTime(let text): text
        }
    }
}

/// A key of a TOML table with its value and the line that set it.
public struct TOMLEntry: Sendable, Equatable {
    public var key: String
    public var value: TOMLValue
    public var line: Int

    public init(key: String, value: TOMLValue, line: Int) {
        self.key = key
        self.value = value
        self.line = line
    }
}

/// A TOML table: its keys in the order the file sets them (the root table has the name `""`).
public struct TOMLTable: Sendable, Equatable {
    /// The dotted name (`profile.staging`); `""` for the root table.
    public var name: String
    /// The line of the `[name]` header (or of the key that made the table); 0 for the root table.
    public var line: Int
    public var entries: [TOMLEntry]

    public init(name: String, line: Int, entries: [TOMLEntry]) {
        self.name = name
        self.line = line
        self.entries = entries
    }

    public subscript(key: String) -> TOMLEntry? {
        entries.first { $0.key == key }
    }
}

/// Why a TOML file could not be read or used: file, line and key, and what to write instead.
public struct TOMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var key: String?
    public var message: String

    public init(file: String, line: Int, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        (line > 0 ? "\(file):\(line):" : "\(file):") + (key.map { " \($0):" } ?? "") + " \(message)"
    }
}
