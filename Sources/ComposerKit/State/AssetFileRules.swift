import PassCore

extension RuleID {
    /// An asset has no file chosen, or its file cannot be uploaded as declared.
    public static let assetFile: RuleID = "asset.file"
}

/// The composer's own checks of the files chosen for assets: a file for
/// every asset, readable, of the declared type, of a type the section takes.
/// A file not chosen yet is a warning: the payload itself is valid (files are
/// uploaded after the request is accepted), so an opened file is ready to send;
/// a chosen file that cannot be uploaded as declared is an error.
enum AssetFileRules {
    static func findings(document: ComposerDocument, inspections: [String: FileInspection]) -> [Finding] {
        guard document.kind == .batch else { return [] }
        var findings: [Finding] = []
        for (section, index, item) in Validator.items(of: document.value) {
            guard let assets = item["assets"]?.arrayValue else { continue }
            for (i, asset) in assets.enumerated() {
                guard let assetID = asset["asset_id"]?.stringValue, !assetID.isEmpty else { continue }
                let path = Validator.path(section, index).appending("assets").appending(i)
                let declared = asset["asset_type"]?.stringValue.flatMap(AssetType.init(rawValue:))
                guard let file = document.assetFiles[assetID], !file.isEmpty else {
                    findings.append(Finding(.warning, .assetFile, at: path,
                                            "no file chosen for \(assetID) yet; choose it before the upload"))
                    continue
                }
                guard let inspection = inspections[assetID] else { continue }
                if let problem = inspection.problem {
                    findings.append(Finding(.error, .assetFile, at: path, "\(file): \(problem)"))
                } else if let detected = inspection.detectedType {
                    if !section.assetTypes.contains(detected) {
                        findings.append(Finding(.error, .assetFile, at: path,
                                                "\(file) is a \(detected.displayName); \(section.title) accepts " +
                                                section.assetTypes.map(\.displayName).joined(separator: ", ")))
                    } else if let declared, declared != detected {
                        findings.append(Finding(.error, .assetFile, at: path,
                                                "\(file) is a \(detected.displayName) but asset_type is \"\(declared.rawValue)\"; set it to \"\(detected.rawValue)\""))
                    } else if detected == .openCert, let verdict = inspection.openCert {
                        findings += openCert(verdict, file: file, holderName: item["fields"]?["full_name"]?.stringValue, at: path)
                    }
                } else {
                    findings.append(Finding(.error, .assetFile, at: path,
                                            "\(file) is not a PDF, PNG, JPEG or OpenCert file (judged by its first bytes)"))
                }
            }
        }
        return findings
    }

    /// An OpenCert file, checked offline as the pre-flight check will.
    private static func openCert(_ verdict: OpenCertVerdict, file: String, holderName: String?, at path: JSONPath) -> [Finding] {
        if let reason = FileSignature.openCertProblem(verdict) {
            return [Finding(.error, .assetFile, at: path, "\(file) is not an OpenCert: \(reason); choose the .opencert file the issuer sent")]
        }
        return OpenCertRules.findings(verdict, holderName: holderName, at: path, subject: file + ": the OpenCert")
    }
}
