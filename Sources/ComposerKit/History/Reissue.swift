import PassCore

extension ComposerDocument {
    /// The same credentials as a new request with id `newID`: the request
    /// id, and every item and asset id made from it (`<old>-micro-1`,
    /// `<old>-micro-1-asset`), take the new id; ids chosen by hand stay.
    /// The files chosen for assets follow their renamed ids.
    public func reissued(as newID: String) -> ComposerDocument {
        let old = requestID
        guard !old.isEmpty, old != newID else { return self }
        func renamed(_ id: String) -> String {
            if id == old { return newID }
            if id.hasPrefix(old + "-") { return newID + id.dropFirst(old.count) }
            return id
        }
        func walk(_ value: JSONValue, isRoot: Bool) -> JSONValue {
            switch value {
            case .object(var object):
                for member in object.members {
                    let key = member.key
                    if (key == "credential_id" || key == "asset_id" || (isRoot && key == "id")), let id = member.value.stringValue {
                        object[key] = .string(renamed(id))
                    } else {
                        object[key] = walk(member.value, isRoot: false)
                    }
                }
                return .object(object)
            case .array(let elements):
                return .array(elements.map { walk($0, isRoot: false) })
            default:
                return value
            }
        }
        var files: [String: String] = [:]
        for (assetID, path) in assetFiles { files[renamed(assetID)] = path }
        return ComposerDocument(kind: kind, value: walk(value, isRoot: true), assetFiles: files, filePath: filePath)
    }
}
