import PassCore

/// The offline check of a single request's OpenCert document, redone only
/// when its text changes (an OpenCert with images runs to megabytes).
struct OpenCertMemo: Sendable {
    private var text: String?
    private var verdict: OpenCertVerdict?

    /// The verdict for `document`'s OpenCert, or nil when it carries none.
    mutating func verdict(for document: ComposerDocument) -> OpenCertVerdict? {
        let data = document.value["data"]
        guard document.kind == .microcredential, document.value["document_type"]?.stringValue == DocumentType.openCert.rawValue,
            let current = data?["document"]?.stringValue, !current.isEmpty
        else {
            text = nil
            verdict = nil
            return nil
        }
        if current != text {
            text = current
            verdict = OpenCertVerdict(checking: current)
        }
        return verdict
    }
}
