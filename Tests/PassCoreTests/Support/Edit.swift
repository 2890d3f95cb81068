@testable import PassCore

/// One change to a JSON value, addressed by the text form of a path.
enum Edit: Sendable, CustomStringConvertible {
    /// Sets the value at the path (a new key is appended).
    case set(String, JSONValue)
    /// Removes the member or array element at the path.
    case remove(String)

    var description: String {
        switch self {
        case .set(let path, let value): "\(path) = \(JSONWriter.string(value).split(separator: "\n").joined(separator: " "))"
        case .remove(let path): "remove \(path)"
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `value` with `edits` applied in order; throws when a path leads nowhere.
    static func apply(_ edits: [Edit], to value: JSONValue) throws -> JSONValue {
        var result = value
        for edit in edits {
            switch edit {
            case .set(let text, let newValue):
                guard let path = JSONPath(parsing: text), result.set(newValue, at: path) else {
                    throw Failure(description: "cannot set \(text)")
                }
            case .remove(let text):
                guard let path = JSONPath(parsing: text), result[path: path] != nil, result.set(nil, at: path) else {
                    throw Failure(description: "nothing to remove at \(text)")
                }
            }
        }
        return result
    }
}

/// The findings of `value` read as `kind` (detected when nil).
func findings(_ value: JSONValue, as kind: PayloadKind?) -> [Finding] {
    guard let kind else { return Validator.standard.validate(value) }
    return Validator.standard.validate(value, as: kind)
}

/// A finding reduced to what a rule test asserts: rule, path and severity.
struct Expected: Hashable, Sendable, CustomStringConvertible {
    var rule: RuleID
    var path: String
    var severity: Finding.Severity

    init(_ rule: RuleID, _ path: String, _ severity: Finding.Severity = .error) {
        self.rule = rule
        self.path = path
        self.severity = severity
    }

    init(_ finding: Finding) {
        self.init(finding.rule, finding.path.description, finding.severity)
    }

    var description: String { "\(severity) \(rule) at \(path)" }
}

/// The path written `text`; throws when it is not one.
func jsonPath(_ text: String) throws -> JSONPath {
    guard let path = JSONPath(parsing: text) else { throw Edit.Failure(description: "not a path: \(text)") }
    return path
}

/// The first place where `a` and `b` are not the same JSON value, for messages.
func firstDifference(_ a: JSONValue, _ b: JSONValue, at path: JSONPath = .root) -> String? {
    switch (a, b) {
    case let (.object(x), .object(y)):
        for key in Set(x.keys).union(y.keys).sorted() {
            guard let u = x[key], let v = y[key] else { return "\(path.appending(key)): present on one side only" }
            if let difference = firstDifference(u, v, at: path.appending(key)) { return difference }
        }
        return nil
    case let (.array(x), .array(y)):
        guard x.count == y.count else { return "\(path): \(x.count) elements against \(y.count)" }
        for (i, (u, v)) in zip(x, y).enumerated() {
            if let difference = firstDifference(u, v, at: path.appending(i)) { return difference }
        }
        return nil
    default:
        return a.isSameValue(as: b) ? nil : "\(path): \(JSONWriter.string(a)) against \(JSONWriter.string(b))"
    }
}
