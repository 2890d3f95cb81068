extension OpenCertVerdict {
    /// One line for beside the field that holds the OpenCert:
    /// `OpenCert · intact · issued to John Doe · Skill Test #2`, or what is
    /// wrong (`Altered OpenCert · …`): a document that fails is never
    /// labelled plainly "OpenCert".
    public func summary(holderName: String? = nil) -> String {
        var parts: [String]
        switch integrity {
        case .intact: parts = ["OpenCert", "intact"]
        case .unwrapped: parts = ["OpenCert", "unwrapped, integrity not checkable"]
        case .targetHashMismatch: return "Altered OpenCert · its data does not match its target hash"
        case .merkleRootMismatch: return "Altered OpenCert · its proof does not lead to its merkle root"
        case .malformed(let reason): return "Malformed OpenCert · " + reason
        case .notOpenCert(let reason): return "Not an OpenCert · " + reason
        }
        if let recipient = recipientName, !recipient.isBlank {
            if let holderName, !holderName.isBlank, !OpenCertRules.sameName(recipient, holderName) {
                parts.append("issued to \(recipient), not \(holderName)")
            } else {
                parts.append("issued to \(recipient)")
            }
        } else if obfuscatedCount > 0 {
            parts.append("recipient hidden")
        }
        if let title, !title.isBlank { parts.append(title) }
        if obfuscatedCount > 0 { parts.append("\(obfuscatedCount) value\(obfuscatedCount == 1 ? "" : "s") hidden") }
        return parts.joined(separator: " · ")
    }
}
