import PassCore

extension ComposerState {
    /// The line beside a single request's OpenCert document field, e.g.
    /// "OpenCert · intact · issued to John Doe · Skill Test #2", or what is
    /// wrong with it; nil when there is no OpenCert document.
    public var openCertSummary: String? {
        let holder = document.value["data"]?["credential"]?["full_name"]?.stringValue
        return documentOpenCert?.summary(holderName: holder)
    }

    /// The same line for the OpenCert file chosen for `assetID`; nil unless
    /// that file has been looked at and starts as JSON.
    public func openCertSummary(forAsset assetID: String) -> String? {
        guard let verdict = inspections[assetID]?.openCert else { return nil }
        let holder = AssetDeclaration.all(in: document.value, as: document.kind).first { $0.assetID == assetID }?.holderName
        return verdict.summary(holderName: holder)
    }
}
