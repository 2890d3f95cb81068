import PassCore

/// What a submission will send, shown before anything is sent: counts per
/// type, the files with their sizes, the scopes it asks for, where it goes.
public struct SubmissionSummary: Sendable, Equatable {
    public struct FileLine: Sendable, Equatable {
        public var assetID: String
        public var path: String
        public var type: AssetType
        public var size: Int?
    }

    public var kind: PayloadKind
    public var requestID: String
    /// Credentials per type, in the order of the document's sections.
    public var counts: [(title: String, count: Int)]
    public var files: [FileLine]
    public var scopes: [String]
    public var bodySize: Int

    public static func == (lhs: SubmissionSummary, rhs: SubmissionSummary) -> Bool {
        lhs.kind == rhs.kind && lhs.requestID == rhs.requestID && lhs.files == rhs.files && lhs.scopes == rhs.scopes
            && lhs.bodySize == rhs.bodySize && lhs.counts.map(\.title) == rhs.counts.map(\.title)
            && lhs.counts.map(\.count) == rhs.counts.map(\.count)
    }

    public init(document: ComposerDocument, inspections: [String: FileInspection], bodySize: Int) {
        kind = document.kind
        requestID = document.requestID
        switch document.kind {
        case .batch:
            counts = BatchSection.allCases.compactMap { section in
                let n = document.count(of: section)
                return n == 0 ? nil : (section == .digitalIdentity ? "Digital identity" : section.title, n)
            }
        case .microcredential: counts = [("Microcredential (single request)", 1)]
        case .careerHistory: counts = [("Career history", 1)]
        }
        files = AssetDeclaration.all(in: document.value, as: document.kind).map { declaration in
            FileLine(assetID: declaration.assetID, path: document.assetFiles[declaration.assetID] ?? "",
                     type: declaration.type, size: inspections[declaration.assetID]?.size)
        }
        scopes = Scopes.required(for: document.value, as: document.kind)
        self.bodySize = bodySize
    }

    /// The files as the client uploads them.
    public var assetFiles: [AssetFile] {
        files.map { AssetFile(assetID: $0.assetID, path: $0.path, type: $0.type, size: $0.size.map(Int64.init)) }
    }
}
