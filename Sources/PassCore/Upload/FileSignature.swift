/// What the first bytes of a file say it is, checked against the asset
/// type the payload declares [seed 000, seed 001].
public enum FileSignature {
    /// How many bytes `matches` needs to see (OpenCert needs the whole file).
    public static let headLength = 16

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let pdf: [UInt8] = Array("%PDF-".utf8)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF]

    /// True when `head` starts as a file of `type` does. For OpenCert only
    /// the opening `{` is checked here; `openCertProblem` checks the rest.
    public static func matches(_ head: [UInt8], _ type: AssetType) -> Bool {
        switch type {
        case .pdf: head.starts(with: pdf)
        case .png: head.starts(with: png)
        case .jpg: head.starts(with: jpeg)
        case .openCert: head.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.first == UInt8(ascii: "{")
        }
    }

    /// What `head` looks like, for messages ("a PNG image"); nil when unknown.
    public static func guess(_ head: [UInt8]) -> String? {
        if head.starts(with: pdf) { return "a PDF" }
        if head.starts(with: png) { return "a PNG image" }
        if head.starts(with: jpeg) { return "a JPEG image" }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (or a Word/Excel file)" }
        if head.starts(with: Array("GIF8".utf8)) { return "a GIF image" }
        if head.first == UInt8(ascii: "{") { return "JSON" }
        if head.isEmpty { return "empty" }
        return nil
    }

    /// Why `bytes` is not an OpenCert document (JSON whose `version` names
    /// an OpenAttestation schema), or nil when it is one.
    public static func openCertProblem(_ bytes: [UInt8]) -> String? {
        openCertProblem(OpenCertVerdict(checking: bytes))
    }

    /// Why the document `verdict` judged is not an OpenCert, or nil. Its
    /// integrity is `OpenCertRules`' to report.
    public static func openCertProblem(_ verdict: OpenCertVerdict) -> String? {
        if case .notOpenCert(let reason) = verdict.integrity { return reason }
        guard let version = verdict.version,
            version.lowercased().contains("openattestation") || version.lowercased().contains("open-attestation")
        else {
            return "its version \(JSONWriter.quoted(verdict.version ?? "")) is not an OpenAttestation schema"
        }
        return nil
    }
}
