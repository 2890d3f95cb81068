@testable import PassCore

/// The places of a payload, found by walking it with its schema: every
/// object with its schema, and every member that is a field.
struct SchemaWalk {
    struct Member {
        var path: JSONPath
        var field: FieldSchema
        var value: JSONValue
    }

    var objects: [(JSONPath, ObjectSchema)] = []
    var members: [Member] = []

    init(_ value: JSONValue, as kind: PayloadKind, schemas: PayloadSchemas = .standard) {
        walk(value, schemas.root(kind), at: .root)
    }

    private mutating func walk(_ value: JSONValue, _ schema: ObjectSchema, at path: JSONPath) {
        guard let object = value.objectValue else { return }
        objects.append((path, schema))
        for member in object.members {
            guard let field = schema.field(member.key) else { continue }
            let memberPath = path.appending(member.key)
            members.append(Member(path: memberPath, field: field, value: member.value))
            switch field.kind {
            case .object(let inner):
                walk(member.value, inner, at: memberPath)
            case .objectList(let inner):
                for (i, element) in (member.value.arrayValue ?? []).enumerated() {
                    walk(element, inner, at: memberPath.appending(i))
                }
            default:
                break
            }
        }
    }

    /// Members holding a string of a kind the schema checks as a string.
    var strings: [Member] {
        members.filter { member in
            guard member.value.stringValue != nil else { return false }
            switch member.field.kind {
            case .text, .date, .choice, .country, .url, .jsonText: return true
            default: return false
            }
        }
    }

    var dates: [(Member, DateForm)] {
        members.compactMap { member in
            guard case .date(let form) = member.field.kind, member.value.stringValue != nil else { return nil }
            return (member, form)
        }
    }

    var required: [Member] { members.filter { $0.field.presence.isRequired } }
}
