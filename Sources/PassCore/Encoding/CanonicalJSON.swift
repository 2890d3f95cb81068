/// The one serializer of request bodies. What it returns is exactly what is
/// sent: the preview shows it, `preview` prints it, export writes it and the
/// client posts it.
///
/// Canonical form: members in the order the partner documents list them
/// (unknown members after, in their own order), `partner_chain` left out
/// when it has no entries, the three always-sent batch sections present
/// (`[]` when empty) and the others left out when empty, `conferral_year`
/// `null` while awaiting graduation, `document` `null` for `none`.
public struct CanonicalJSON: Sendable {
    public let schemas: PayloadSchemas

    public init(schemas: PayloadSchemas = .standard) {
        self.schemas = schemas
    }

    public static let standard = CanonicalJSON()

    /// The bytes to send for `value` read as `kind`.
    public func body(_ value: JSONValue, as kind: PayloadKind) -> [UInt8] {
        JSONWriter.bytes(normalized(value, as: kind))
    }

    /// The canonical value of `value` read as `kind`.
    public func normalized(_ value: JSONValue, as kind: PayloadKind) -> JSONValue {
        switch kind {
        case .batch: return normalizedBatch(value)
        case .careerHistory: return normalizedItem(value, in: .careerHistory)
        case .microcredential: return normalizedSingle(value)
        }
    }

    /// `value` with every object's members in the documented order and
    /// nothing else changed: nothing added, nothing dropped. The composer
    /// opens files this way, so the form, the preview and the findings read
    /// in one order.
    public func reordered(_ value: JSONValue, as kind: PayloadKind) -> JSONValue {
        switch kind {
        case .batch:
            guard case .object(var object) = value else { return value }
            for section in BatchSection.allCases {
                guard let schema = schemas.items[section], let child = object[section.key] else { continue }
                if case .array(let items) = child {
                    object[section.key] = .array(items.map { ordered($0, schema) })
                } else {
                    object[section.key] = ordered(child, schema)
                }
            }
            return orderedShallow(.object(object), schemas.batch)
        case .careerHistory:
            return ordered(value, schemas.root(.careerHistory))
        case .microcredential:
            return ordered(value, schemas.singleRequest)
        }
    }

    /// One batch item in canonical form.
    public func normalizedItem(_ item: JSONValue, in section: BatchSection) -> JSONValue {
        guard case .object(var object) = item else { return item }
        if case .object(var fields)? = object["fields"] {
            if section == .education, fields["awaiting_graduation"]?.boolValue == true, !fields.contains("conferral_year") {
                fields["conferral_year"] = .null
            }
            if section.partnerChainPlacement == .inFields { Self.dropEmptyChain(&fields) }
            object["fields"] = .object(fields)
        }
        if section.partnerChainPlacement == .besideFields { Self.dropEmptyChain(&object) }
        guard let schema = schemas.items[section] else { return .object(object) }
        return ordered(.object(object), schema)
    }

    /// The members of a batch around its items, in canonical form, with the
    /// items themselves in canonical form.
    public func normalizedBatch(_ batch: JSONValue) -> JSONValue {
        guard case .object(var object) = batch else { return batch }
        for section in BatchSection.allCases {
            let value = object[section.key]
            if section.isList {
                switch value {
                case .array(let items):
                    if items.isEmpty && !schemas.rules.isAlwaysSent(section) {
                        object[section.key] = nil
                    } else {
                        object[section.key] = .array(items.map { normalizedItem($0, in: section) })
                    }
                case .none:
                    if schemas.rules.isAlwaysSent(section) { object[section.key] = .array([]) }
                default:
                    break
                }
            } else if let value {
                object[section.key] = normalizedItem(value, in: section)
            }
        }
        return orderedShallow(.object(object), schemas.batch)
    }

    func normalizedSingle(_ value: JSONValue) -> JSONValue {
        guard case .object(var object) = value else { return value }
        if case .object(var data)? = object["data"] {
            if object["document_type"]?.stringValue == DocumentType.none.rawValue, data["document"] == nil {
                data["document"] = .null
            }
            if case .object(var credential)? = data["credential"] {
                Self.dropEmptyChain(&credential)
                data["credential"] = .object(credential)
            }
            object["data"] = .object(data)
        }
        return ordered(.object(object), schemas.singleRequest)
    }

    private static func dropEmptyChain(_ object: inout JSONObject) {
        switch object["partner_chain"] {
        case .null?: object["partner_chain"] = nil
        case .array(let entries)? where entries.isEmpty: object["partner_chain"] = nil
        default: break
        }
    }

    /// `value` with the members of every object reordered by `schema`, all the way down.
    func ordered(_ value: JSONValue, _ schema: ObjectSchema) -> JSONValue {
        guard case .object(let object) = value else { return value }
        return .object(reorder(object, schema) { field, child in
            switch field.kind {
            case .object(let inner): return ordered(child, inner)
            case .objectList(let inner):
                guard case .array(let elements) = child else { return child }
                return .array(elements.map { ordered($0, inner) })
            default: return child
            }
        })
    }

    /// `value` with its own members reordered by `schema`; children untouched.
    private func orderedShallow(_ value: JSONValue, _ schema: ObjectSchema) -> JSONValue {
        guard case .object(let object) = value else { return value }
        return .object(reorder(object, schema) { _, child in child })
    }

    private func reorder(
        _ object: JSONObject, _ schema: ObjectSchema, transform: (FieldSchema, JSONValue) -> JSONValue
    ) -> JSONObject {
        var members: [JSONObject.Member] = []
        members.reserveCapacity(object.count)
        for field in schema.fields {
            if let child = object[field.key] {
                members.append(JSONObject.Member(field.key, transform(field, child)))
            }
        }
        if members.count < object.count {
            for member in object.members where schema.field(member.key) == nil {
                members.append(member)
            }
        }
        return JSONObject(members)
    }
}
