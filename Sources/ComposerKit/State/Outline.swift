import PassCore

/// One line of the document outline (the sidebar).
public struct OutlineEntry: Sendable, Equatable {
    public var ref: ItemRef
    public var title: String
    public var errors: Int
    public var warnings: Int
}

/// The outline of a document: the holder, then each credential grouped by
/// section, each with its findings counted.
public enum Outline {
    public static func entries(document: ComposerDocument, findings: [Finding]) -> [OutlineEntry] {
        var counts: [ItemRef: (Int, Int)] = [:]
        for finding in findings {
            guard var ref = ItemRef.containing(finding.path, kind: document.kind) else { continue }
            if document.kind == .batch, finding.path.components.count <= 1 { ref = .holder }
            var c = counts[ref] ?? (0, 0)
            if finding.isError { c.0 += 1 } else { c.1 += 1 }
            counts[ref] = c
        }
        return document.items.map { ref in
            let (errors, warnings) = counts[ref] ?? (0, 0)
            return OutlineEntry(ref: ref, title: title(of: ref, in: document), errors: errors, warnings: warnings)
        }
    }

    /// A short title for an outline entry, from the item's most telling field.
    public static func title(of ref: ItemRef, in document: ComposerDocument) -> String {
        let fields = document.value[path: ref.path]?["fields"]
        let keys: [String]
        switch ref {
        case .holder:
            keys = ["full_name"]
        case .root:
            return document.kind.title
        case .item(let section, _):
            switch section {
            case .education: keys = ["course_name", "education_provider"]
            case .microcredential: keys = ["microcredential_name", "issuer_name"]
            case .englishProficiency: keys = ["test_name", "test_provider"]
            case .rightToWork: keys = ["country"]
            case .careerHistory: keys = []
            case .universalCredential: keys = ["credential_name", "issuer_name"]
            case .digitalIdentity: keys = ["full_name"]
            }
        }
        for key in keys {
            if let text = fields?[key]?.stringValue, !text.isEmpty { return text }
        }
        switch ref {
        case .holder: return "(holder's name)"
        case .item(.careerHistory, _):
            let count = fields?["employment"]?.arrayValue?.count ?? 0
            return count == 1 ? "1 employment record" : "\(count) employment records"
        case .item(let section, let index): return "New \(section.title.lowercased()) \((index ?? 0) + 1)"
        case .root: return document.kind.title
        }
    }
}
