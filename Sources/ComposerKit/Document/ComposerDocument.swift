import PassCore

/// What the user is composing: a request of one kind as a JSON tree, plus
/// what belongs to the composer but is never sent (the files chosen for
/// each asset). The tree is exactly what the canonical serializer encodes.
public struct ComposerDocument: Sendable, Equatable {
    public var kind: PayloadKind
    public var value: JSONValue
    /// The local file chosen for each `asset_id`.
    public var assetFiles: [String: String]
    /// The file the document was opened from or last saved to.
    public var filePath: String?

    public init(kind: PayloadKind, value: JSONValue, assetFiles: [String: String] = [:], filePath: String? = nil) {
        self.kind = kind
        self.value = value
        self.assetFiles = assetFiles
        self.filePath = filePath
    }

    /// A document for a payload read from a file: its members put in the
    /// documented order (nothing else changes).
    public static func opened(_ value: JSONValue, kind: PayloadKind, filePath: String?) -> ComposerDocument {
        ComposerDocument(kind: kind, value: CanonicalJSON.standard.reordered(value, as: kind), filePath: filePath)
    }

    /// The request id: the batch's or career history's `credential_id`, the single request's `id`.
    public var requestID: String {
        let key = kind == .microcredential ? "id" : "credential_id"
        return value[key]?.stringValue ?? ""
    }

    /// The holder's name as the document states it.
    public var holderName: String {
        switch kind {
        case .batch: value[path: Templates.holderNamePath]?.stringValue ?? ""
        case .careerHistory: value["fields"]?["full_name"]?.stringValue ?? ""
        case .microcredential: value["data"]?["credential"]?["full_name"]?.stringValue ?? ""
        }
    }

    /// The outline entries, in document order.
    public var items: [ItemRef] {
        guard kind == .batch else { return [.root] }
        var refs: [ItemRef] = [.holder]
        for (section, index, _) in Validator.items(of: value) where section != .digitalIdentity {
            refs.append(.item(section, index))
        }
        return refs
    }

    /// Every `credential_id` and `asset_id` in use.
    public var usedIDs: Set<String> {
        var ids = Set<String>()
        collectIDs(value, into: &ids)
        return ids
    }

    private func collectIDs(_ value: JSONValue, into ids: inout Set<String>) {
        switch value {
        case .object(let object):
            for member in object.members {
                if member.key == "credential_id" || member.key == "asset_id", let id = member.value.stringValue {
                    ids.insert(id)
                } else {
                    collectIDs(member.value, into: &ids)
                }
            }
        case .array(let elements):
            for element in elements { collectIDs(element, into: &ids) }
        default:
            break
        }
    }

    /// The number of items in each batch section.
    public func count(of section: BatchSection) -> Int {
        guard let value = value[section.key] else { return 0 }
        if section.isList { return value.arrayValue?.count ?? 0 }
        return value.objectValue == nil ? 0 : 1
    }
}
