/// A location inside a JSON document, written `$.education_items[1].fields.course_name`.
public struct JSONPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = JSONPath()

    public func appending(_ key: String) -> JSONPath {
        JSONPath(components + [.key(key)])
    }

    public func appending(_ index: Int) -> JSONPath {
        JSONPath(components + [.index(index)])
    }

    public var parent: JSONPath? {
        components.isEmpty ? nil : JSONPath(Array(components.dropLast()))
    }

    /// The last key of the path, if it ends with a key.
    public var lastKey: String? {
        if case .key(let k) = components.last { return k }
        return nil
    }

    public func hasPrefix(_ other: JSONPath) -> Bool {
        components.starts(with: other.components)
    }

    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .key(let key):
                if Self.isPlainIdentifier(key) {
                    text += "." + key
                } else {
                    text += "[" + JSONWriter.quoted(key) + "]"
                }
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    /// Parses the text form back into a path; `nil` when it is not one.
    public init?(parsing text: String) {
        var rest = Substring(text)
        guard rest.first == "$" else { return nil }
        rest = rest.dropFirst()
        var components: [Component] = []
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                let key = rest.prefix { $0 != "." && $0 != "[" }
                guard !key.isEmpty else { return nil }
                components.append(.key(String(key)))
                rest = rest.dropFirst(key.count)
            } else if first == "[" {
                rest = rest.dropFirst()
                if rest.first == "\"" {
                    guard let end = Self.endOfQuoted(rest),
                        case .string(let key)? = try? JSONParser.parse(Array(rest[..<end].utf8))
                    else { return nil }
                    components.append(.key(key))
                    rest = rest[end...]
                } else {
                    let digits = rest.prefix { $0.isNumber }
                    guard let index = Int(digits) else { return nil }
                    components.append(.index(index))
                    rest = rest.dropFirst(digits.count)
                }
                guard rest.first == "]" else { return nil }
                rest = rest.dropFirst()
            } else {
                return nil
            }
        }
        self.components = components
    }

    private static func endOfQuoted(_ text: Substring) -> Substring.Index? {
        var index = text.index(after: text.startIndex)
        var escaped = false
        while index < text.endIndex {
            let c = text[index]
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "\"" {
                return text.index(after: index)
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static func isPlainIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(first >= 0x30 && first <= 0x39) else { return false }
        return key.utf8.allSatisfy { b in
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
        }
    }

    public static func < (lhs: JSONPath, rhs: JSONPath) -> Bool {
        for (a, b) in zip(lhs.components, rhs.components) where a != b {
            switch (a, b) {
            case let (.index(x), .index(y)): return x < y
            case let (.key(x), .key(y)): return x < y
            case (.index, .key): return true
            case (.key, .index): return false
            }
        }
        return lhs.components.count < rhs.components.count
    }
}

extension JSONValue {
    /// The value at `path`, or `nil` when the path leads nowhere.
    public subscript(path path: JSONPath) -> JSONValue? {
        var current = self
        for component in path.components {
            switch component {
            case .key(let key):
                guard let next = current[key] else { return nil }
                current = next
            case .index(let index):
                guard let array = current.arrayValue, array.indices.contains(index) else { return nil }
                current = array[index]
            }
        }
        return current
    }

    /// Sets the value at `path`, creating objects for missing keys along the
    /// way. `nil` removes the member (or array element). Returns false when
    /// the path crosses a value of the wrong kind or an index out of range.
    @discardableResult
    public mutating func set(_ newValue: JSONValue?, at path: JSONPath) -> Bool {
        set(newValue, at: path.components[...])
    }

    private mutating func set(_ newValue: JSONValue?, at components: ArraySlice<JSONPath.Component>) -> Bool {
        guard let first = components.first else {
            if let newValue { self = newValue }
            return true
        }
        let rest = components.dropFirst()
        switch first {
        case .key(let key):
            var object: JSONObject
            switch self {
            case .object(let o): object = o
            case .null: object = JSONObject()
            default: return false
            }
            if rest.isEmpty {
                object[key] = newValue
            } else {
                var child = object[key] ?? .null
                guard child.set(newValue, at: rest) else { return false }
                object[key] = child
            }
            self = .object(object)
            return true
        case .index(let index):
            guard case .array(var array) = self else { return false }
            if rest.isEmpty {
                if let newValue {
                    if index == array.count { array.append(newValue) }
                    else if array.indices.contains(index) { array[index] = newValue }
                    else { return false }
                } else {
                    guard array.indices.contains(index) else { return false }
                    array.remove(at: index)
                }
            } else {
                guard array.indices.contains(index) else { return false }
                guard array[index].set(newValue, at: rest) else { return false }
            }
            self = .array(array)
            return true
        }
    }
}
