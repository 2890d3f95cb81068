/// A value of the TOML subset the profile file uses.
public enum TOMLValue: Sendable, Equatable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case array([TOMLValue])

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

    /// The TOML type's name, for messages ("a string").
    public var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number"
        case .bool: "a boolean"
        case .array: "an array"
        }
    }

    public var description: String {
        switch self {
        case .string(let s): JSONWriter.quoted(s)
        case .integer(let i): String(i)
        case .float(let d): String(d)
        case .bool(let b): String(b)
        case .array(let a): "[" + a.map(\.description).joined(separator: ", ") + "]"
        }
    }
}

/// A key of a TOML table with its value and the line that set it.
public struct TOMLEntry: Sendable, Equatable {
    public var key: String
    public var value: TOMLValue
    public var line: Int
}

/// One `[name]` table (the root table has the name `""`).
public struct TOMLTable: Sendable, Equatable {
    public var name: String
    /// The line of the `[name]` header; 0 for the root table.
    public var line: Int
    public var entries: [TOMLEntry]

    public subscript(key: String) -> TOMLEntry? {
        entries.first { $0.key == key }
    }
}

/// Why a TOML file could not be read: file, line and key, and what to write instead.
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
        "\(file):\(line):" + (key.map { " \($0):" } ?? "") + " \(message)"
    }
}
