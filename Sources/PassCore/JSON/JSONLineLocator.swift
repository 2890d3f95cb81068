extension JSONWriter {
    /// The 0-based line on which `path` begins in `JSONWriter.bytes(value)`,
    /// found without writing: the lines of everything before it are counted.
    /// `nil` when the path is not in the value.
    public static func line(of path: JSONPath, in value: JSONValue) -> Int? {
        var line = 0
        var current = value
        for component in path.components {
            switch (component, current) {
            case (.key(let key), .object(let object)):
                guard let index = object.members.firstIndex(where: { $0.key == key }) else { return nil }
                line += 1  // the opening brace's line break
                for member in object.members[..<index] { line += lineCount(member.value) }
                current = object.members[index].value
            case (.index(let index), .array(let elements)):
                guard elements.indices.contains(index) else { return nil }
                line += 1
                for element in elements[..<index] { line += lineCount(element) }
                current = elements[index]
            default:
                return nil
            }
        }
        return line
    }

    /// The number of lines `value` spans as a member or element (at least 1).
    static func lineCount(_ value: JSONValue) -> Int {
        switch value {
        case .object(let object) where !object.isEmpty:
            return object.members.reduce(2) { $0 + lineCount($1.value) }
        case .array(let elements) where !elements.isEmpty:
            return elements.reduce(2) { $0 + lineCount($1) }
        default:
            return 1
        }
    }
}
