import PassCore

/// One entry of the document outline: the holder, a credential of a batch,
/// or the whole request for the two single-credential kinds.
public enum ItemRef: Sendable, Hashable {
    /// The digital identity of a batch (the holder).
    case holder
    /// An item of a batch section; the index is nil for `career_history`.
    case item(BatchSection, Int?)
    /// The request itself (single L&D request, career-history request).
    case root

    /// Where the item sits in the payload.
    public var path: JSONPath {
        switch self {
        case .holder: JSONPath.root.appending(BatchSection.digitalIdentity.key)
        case .item(let section, let index): Validator.path(section, index)
        case .root: .root
        }
    }

    /// The batch section of the item, if it is one.
    public var section: BatchSection? {
        switch self {
        case .holder: .digitalIdentity
        case .item(let section, _): section
        case .root: nil
        }
    }

    /// The item that contains `path` in a document of `kind`.
    public static func containing(_ path: JSONPath, kind: PayloadKind) -> ItemRef? {
        guard kind == .batch else { return .root }
        guard case .key(let key)? = path.components.first, let section = BatchSection(rawValue: key) else { return nil }
        switch section {
        case .digitalIdentity: return .holder
        case .careerHistory: return .item(.careerHistory, nil)
        default:
            guard path.components.count > 1, case .index(let i) = path.components[1] else { return nil }
            return .item(section, i)
        }
    }
}
