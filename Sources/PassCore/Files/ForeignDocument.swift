/// JSON documents that people open by mistake and that are no request at all, told apart so
/// that the message says what the file is rather than listing a request's missing members.
public enum ForeignDocument {
    /// What `value` is, as a sentence, when it is a known kind of document that is not a request.
    public static func recognize(_ value: JSONValue) -> String? {
        guard let object = value.objectValue else { return nil }
        let requestMembers = ["credential_type", "document_type", "digital_identity", "credential_id", "fields"]
            + BatchSection.allCases.map(\.key)
        guard !requestMembers.contains(where: { object.contains($0) }) else { return nil }
        let version = object["version"]?.stringValue?.lowercased() ?? ""
        if version.contains("openattestation") || (object["data"]?.objectValue != nil && object["signature"]?.objectValue != nil) {
            return "this is an OpenCert document, not a request; attach it to a credential instead (a single L&D request with document_type open_cert, or an asset of a batch credential)"
        }
        if object.contains("name"), ["dependencies", "devDependencies", "scripts"].contains(where: { object.contains($0) }) {
            return "this is an npm package.json, not a request; open a batch, a single L&D request or a career history"
        }
        return nil
    }
}
