/// The three kinds of request the partner API takes.
public enum PayloadKind: String, Sendable, Codable, CaseIterable {
    /// The v2 batch of every credential type [seed 001].
    case batch
    /// The single learning-and-development request [seed 000].
    case microcredential
    /// The career-history request [seed 003].
    case careerHistory = "career-history"

    /// A name for people.
    public var title: String {
        switch self {
        case .batch: "Batch"
        case .microcredential: "Single L&D request"
        case .careerHistory: "Career history"
        }
    }

    /// The kind in running text ("a valid single L&D request").
    public var noun: String {
        switch self {
        case .batch: "batch"
        case .microcredential: "single L&D request"
        case .careerHistory: "career history"
        }
    }

    /// Tells the kind from the members of the top-level object; `nil` when
    /// they fit none. Members only one kind has decide first; `id`, which a
    /// stray member of any kind could be, decides only when nothing else does.
    public static func detect(_ value: JSONValue) -> PayloadKind? {
        guard let object = value.objectValue else { return nil }
        if object.contains("credential_type") || object.contains("document_type") || object.contains("data") {
            return .microcredential
        }
        if BatchSection.allCases.contains(where: { object.contains($0.key) }) { return .batch }
        if object.contains("fields") { return .careerHistory }
        if object.contains("id") { return .microcredential }
        return nil
    }

    /// What the members of each kind are, for a file whose kind cannot be told.
    public static let detectionAdvice =
        "cannot tell which request this is; give the members of one: a batch has digital_identity and the *_items sections, a single L&D request has id, credential_type, document_type and data, a career history has credential_id and fields with employment (or pass --kind)"
}
