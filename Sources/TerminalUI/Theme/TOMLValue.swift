/// A value in the TOML subset: a string, an integer, a float or a boolean.
public enum TOMLValue: Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)

    public var description: String {
        switch self {
        case .string(let s): return "\"\(s)\""
        case .integer(let i): return String(i)
        case .float(let d): return String(d)
        case .boolean(let b): return String(b)
        }
    }

    /// A word for error messages: "a string", "an integer", …
    public var kindName: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .float: return "a number"
        case .boolean: return "a boolean"
        }
    }
}

/// One `key = value` line and where it was.
public struct TOMLEntry: Hashable, Sendable {
    public var key: String
    public var value: TOMLValue
    public var line: Int
}

/// A `[section]` (the unnamed top-level table has the name "") and its entries in file order.
public struct TOMLTable: Hashable, Sendable {
    public var name: String
    public var line: Int
    public var entries: [TOMLEntry]

    public subscript(key: String) -> TOMLEntry? { entries.first { $0.key == key } }
}

/// A syntax error, with the line (from 1) and the key when one was being read.
public struct TOMLError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var key: String?
    public var message: String

    public var description: String {
        if let key { return "line \(line): key '\(key)': \(message)" }
        return "line \(line): \(message)"
    }
}
