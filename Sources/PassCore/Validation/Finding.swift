/// One problem found in a payload: where, which rule, how bad, and what
/// would be right.
public struct Finding: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// The API would refuse the request.
        case error
        /// Sent as it is, but probably not what was meant.
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    public var rule: RuleID
    public var path: JSONPath
    /// A sentence for a support person: what is wrong and what would be valid.
    public var message: String

    public init(_ severity: Severity, _ rule: RuleID, at path: JSONPath, _ message: String) {
        self.severity = severity
        self.rule = rule
        self.path = path
        self.message = message
    }

    public var isError: Bool { severity == .error }

    /// `$.path: message (rule-id)`, with `warning: ` before warnings.
    public var description: String {
        "\(path): \(severity == .warning ? "warning: " : "")\(message) (\(rule))"
    }

    enum CodingKeys: String, CodingKey {
        case severity, rule, path, message
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        severity = try container.decode(Severity.self, forKey: .severity)
        rule = try container.decode(RuleID.self, forKey: .rule)
        let text = try container.decode(String.self, forKey: .path)
        path = JSONPath(parsing: text) ?? .root
        message = try container.decode(String.self, forKey: .message)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(rule, forKey: .rule)
        try container.encode(path.description, forKey: .path)
        try container.encode(message, forKey: .message)
    }
}

extension Array where Element == Finding {
    public var errors: [Finding] { filter(\.isError) }
    public var warnings: [Finding] { filter { !$0.isError } }
    public var hasErrors: Bool { contains(where: \.isError) }

    /// In the order their places appear in `document` (members missing from
    /// it come after the members present), errors before warnings at one place.
    public func sortedInDocumentOrder(of document: JSONValue) -> [Finding] {
        let keyed = map { (position(of: $0.path, in: document), $0) }
        return keyed.sorted { a, b in
            if a.0 != b.0 { return a.0.lexicographicallyPrecedes(b.0) }
            if a.1.severity != b.1.severity { return a.1.severity < b.1.severity }
            return a.1.rule < b.1.rule
        }.map(\.1)
    }

    private func position(of path: JSONPath, in document: JSONValue) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(path.components.count)
        var current: JSONValue? = document
        for component in path.components {
            switch component {
            case .index(let i):
                result.append(i)
                current = current?.arrayValue.flatMap { $0.indices.contains(i) ? $0[i] : nil }
            case .key(let key):
                if let object = current?.objectValue, let i = object.members.firstIndex(where: { $0.key == key }) {
                    result.append(i)
                    current = object.members[i].value
                } else {
                    result.append(Int.max)
                    current = nil
                }
            }
        }
        return result
    }
}
