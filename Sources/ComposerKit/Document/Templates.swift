import PassCore

/// New documents and new items, with generated ids and the holder's name.
public enum Templates {
    public static let holderNamePath = JSONPath.root.appending("digital_identity").appending("fields").appending("full_name")

    /// An empty document of `kind` whose request id is `<requestIDPrefix>-<UUID>`
    /// (the prefix of the endpoint it will be sent to).
    public static func newDocument(_ kind: PayloadKind, ids: IDSource,
                                   requestIDPrefix: String = RequestID.defaultPrefix) -> ComposerDocument {
        let requestID = RequestID.make(prefix: requestIDPrefix, uuid: ids.uuid())
        switch kind {
        case .batch:
            let value: JSONValue = .object(JSONObject([
                .init("credential_id", .string(requestID)),
                .init("digital_identity", .object(JSONObject([
                    .init("credential_id", .string(IDConvention.holderID(batchID: requestID))),
                    .init("fields", .object(JSONObject([.init("full_name", "")]))),
                ]))),
                .init("education_items", []),
                .init("microcredential_items", []),
                .init("english_proficiency_items", []),
            ]))
            return ComposerDocument(kind: .batch, value: value)
        case .careerHistory:
            let value: JSONValue = .object(JSONObject([
                .init("credential_id", .string(requestID)),
                .init("fields", .object(JSONObject([
                    .init("full_name", ""),
                    .init("employment", .array([employmentRecord()])),
                ]))),
            ]))
            return ComposerDocument(kind: .careerHistory, value: value)
        case .microcredential:
            let value: JSONValue = .object(JSONObject([
                .init("id", .string(requestID)),
                .init("credential_type", "microcredential"),
                .init("document_type", "none"),
                .init("data", .object(JSONObject([
                    .init("credential", .object(JSONObject([.init("full_name", "")]))),
                    .init("document", .null),
                ]))),
            ]))
            return ComposerDocument(kind: .microcredential, value: value)
        }
    }

    /// A new item of `section` for a batch with id `batchID`.
    public static func newItem(_ section: BatchSection, batchID: String, holderName: String, taken: Set<String>) -> JSONValue {
        let id = IDConvention.itemID(batchID: batchID, section: section, taken: taken)
        var fields = JSONObject([.init("full_name", .string(holderName))])
        switch section {
        case .englishProficiency:
            fields["test_scores"] = .object(JSONObject([
                .init("cefr_scores", .object(JSONObject())),
                .init("overall", .object(JSONObject())),
            ]))
        case .careerHistory:
            fields["employment"] = .array([employmentRecord()])
        default:
            break
        }
        return .object(JSONObject([
            .init("credential_id", .string(id)),
            .init("fields", .object(fields)),
        ]))
    }

    /// A new element for the list at `listKey` (the last key of its path).
    public static func newListElement(listKey: String, section: BatchSection?, itemID: String, taken: Set<String>) -> JSONValue {
        switch listKey {
        case "partner_chain": return .object(JSONObject([.init("name", "")]))
        case "majors": return .string("")
        case "employment": return employmentRecord()
        case "subjects", "subskills": return .object(JSONObject())
        case "assets":
            let type = section?.assetTypes.first?.rawValue ?? AssetType.pdf.rawValue
            return .object(JSONObject([
                .init("asset_id", .string(IDConvention.assetID(itemID: itemID, taken: taken))),
                .init("asset_type", .string(type)),
            ]))
        default: return .object(JSONObject())
        }
    }

    static func employmentRecord() -> JSONValue {
        .object(JSONObject())
    }
}
