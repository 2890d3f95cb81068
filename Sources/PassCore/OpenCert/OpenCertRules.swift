extension RuleID {
    // OpenCert documents: a single request's document and open_cert asset files.
    public static let openCertIntegrity: RuleID = "opencert.integrity"
    public static let openCertMalformed: RuleID = "opencert.malformed"
    public static let openCertUnwrapped: RuleID = "opencert.unwrapped"
    public static let openCertRecipient: RuleID = "opencert.recipient"
}

/// The findings of an `OpenCertVerdict`, one wording for the validator (a
/// single request's `document`) and the pre-flight check of `open_cert`
/// asset files alike.
public enum OpenCertRules {
    /// Every message ends by saying what was checked and what was not.
    public static let checkedOffline = "integrity was checked offline, issuance (the document store, DNS identity) was not"
    /// For a document whose integrity could not be judged at all.
    static let offlineOnly = "the check is offline, so issuance (the document store, DNS identity) is not checked"

    /// The findings for `verdict` at `path`. `subject` starts each message
    /// ("the OpenCert", or a file's path); `holderName` is the item's
    /// `full_name`, compared with the certificate's recipient.
    public static func findings(_ verdict: OpenCertVerdict, holderName: String?, at path: JSONPath,
                                subject: String = "the OpenCert") -> [Finding] {
        let redo = "use the document exactly as the issuer sent it"
        switch verdict.integrity {
        case .notOpenCert:
            return []
        case .malformed(let reason):
            return [Finding(.error, .openCertMalformed, at: path,
                            "\(subject) cannot be checked: \(reason); \(redo); \(offlineOnly)")]
        case .targetHashMismatch:
            return [Finding(.error, .openCertIntegrity, at: path,
                            "\(subject) was changed after it was issued: its data does not match its signature's target hash (a value edited, added or removed); \(redo); \(checkedOffline)")]
        case .merkleRootMismatch:
            return [Finding(.error, .openCertIntegrity, at: path,
                            "\(subject) was changed after it was issued: its target hash and proof do not lead to its merkle root; \(redo); \(checkedOffline)")]
        case .unwrapped:
            let v3 = verdict.version.map { $0.contains("/3.0/") || $0.hasSuffix("/3.0") } == true
            let what = v3 ? "is an OpenAttestation v3 document, whose proof is not checked here"
                : "has no signature (it is not wrapped), so its integrity cannot be checked offline"
            return [Finding(.warning, .openCertUnwrapped, at: path,
                            "\(subject) \(what), and issuance (the document store, DNS identity) is not checked either; check with the issuer that it is the issued document")]
                + recipient(verdict, holderName: holderName, at: path, subject: subject)
        case .intact:
            return recipient(verdict, holderName: holderName, at: path, subject: subject)
        }
    }

    private static func recipient(_ verdict: OpenCertVerdict, holderName: String?, at path: JSONPath,
                                  subject: String) -> [Finding] {
        guard let recipient = verdict.recipientName, let holder = holderName, !holder.isBlank, !recipient.isBlank,
            !sameName(recipient, holder)
        else { return [] }
        return [Finding(.warning, .openCertRecipient, at: path,
                        "\(subject) was issued to \(recipient.quotedForMessage), not to \(holder.quotedForMessage) (full_name); check that it is this holder's certificate, or correct full_name; \(checkedOffline)")]
    }

    /// Names compared as people read them: case, and spaces between words, ignored.
    static func sameName(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> [String] { s.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) }
        return words(a) == words(b)
    }
}
