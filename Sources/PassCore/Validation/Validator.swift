/// The one validator of the project: every rule of the spec, for all three
/// request kinds. The `validate` command, the composer's live checks, the
/// client before it sends and the sandbox when it receives all call it.
public struct Validator: Sendable {
    public let schemas: PayloadSchemas
    public var rules: ModelRules { schemas.rules }

    public init(rules: ModelRules = .standard) {
        self.schemas = PayloadSchemas(rules: rules)
    }

    public init(schemas: PayloadSchemas) {
        self.schemas = schemas
    }

    /// The validator under the shipped rules.
    public static let standard = Validator(schemas: .standard)

    /// Every finding for `value` read as a request of `kind`, in document order.
    public func validate(_ value: JSONValue, as kind: PayloadKind) -> [Finding] {
        validate(value, as: kind, limit: .max).findings
    }

    /// The first `limit` findings for `value` (in document order) and a
    /// count by rule of the others, which are counted but never made: the
    /// memory a file with a million bad entries needs stays that of its text.
    public func validate(_ value: JSONValue, as kind: PayloadKind, limit: Int) -> FindingReport {
        var findings: [Finding]
        var omitted = OmittedFindings()
        let limit = max(0, limit)
        switch kind {
        case .batch:
            (findings, omitted) = validateBatchLevel(value, limit: limit)
            for (section, index, item) in Self.items(of: value) {
                let (more, left) = validateItem(item, in: section, at: Self.path(section, index), limit: limit - findings.count)
                findings += more
                omitted.merge(left)
            }
        case .careerHistory:
            (findings, omitted) = validateItem(value, in: .careerHistory, at: .root, limit: limit)
        case .microcredential:
            (findings, omitted) = validateSingle(value, limit: limit)
        }
        return FindingReport(findings: findings.sortedInDocumentOrder(of: value), omitted: omitted)
    }

    /// Every finding for `value`, its kind told by `PayloadKind.detect`. A
    /// value that is no kind of request gets one `payload.kind` error.
    public func validate(_ value: JSONValue) -> [Finding] {
        guard value.objectValue != nil else {
            return [Finding(.error, .payloadKind, at: .root,
                            "a payload must be a JSON object ({…}), this is \(value.typeDescription)")]
        }
        guard let kind = PayloadKind.detect(value) else {
            return [Finding(.error, .payloadKind, at: .root, PayloadKind.detectionAdvice)]
        }
        return validate(value, as: kind)
    }

    /// The path of an item of a batch: `$.education_items[2]` or `$.career_history`.
    public static func path(_ section: BatchSection, _ index: Int?) -> JSONPath {
        let base = JSONPath.root.appending(section.key)
        if let index { return base.appending(index) }
        return base
    }

    /// Every item of a batch, with its section and index (nil for the two
    /// single-object sections). Values of the wrong JSON type are skipped:
    /// the batch-level check reports them.
    public static func items(of batch: JSONValue) -> [(BatchSection, Int?, JSONValue)] {
        guard let object = batch.objectValue else { return [] }
        var result: [(BatchSection, Int?, JSONValue)] = []
        for section in BatchSection.allCases {
            guard let value = object[section.key] else { continue }
            if section.isList {
                guard let elements = value.arrayValue else { continue }
                for (i, element) in elements.enumerated() { result.append((section, i, element)) }
            } else if value.objectValue != nil {
                result.append((section, nil, value))
            }
        }
        return result
    }

    /// The findings that concern one item alone: its structure and its own
    /// rules. A batch's findings are the batch-level ones plus these for each
    /// item, so a caller can re-check only the item that changed.
    public func validateItem(_ item: JSONValue, in section: BatchSection, at path: JSONPath) -> [Finding] {
        validateItem(item, in: section, at: path, limit: .max).0
    }

    func validateItem(_ item: JSONValue, in section: BatchSection, at path: JSONPath, limit: Int) -> ([Finding], OmittedFindings) {
        var check = StructureCheck(limit: limit)
        guard let schema = schemas.items[section] else { return ([], OmittedFindings()) }
        check.object(item, schema, at: path)
        var rulesCheck = RuleCheck(rules: rules, findings: check.findings, limit: limit, omitted: check.omitted)
        rulesCheck.item(item, in: section, at: path)
        return (rulesCheck.findings, rulesCheck.omitted)
    }

    /// The findings of a batch that are not inside one item: its own
    /// members, sections, and the rules across items (unique ids, the
    /// holder's name, at least one credential).
    public func validateBatchLevel(_ batch: JSONValue) -> [Finding] {
        validateBatchLevel(batch, limit: .max).0
    }

    func validateBatchLevel(_ batch: JSONValue, limit: Int) -> ([Finding], OmittedFindings) {
        var check = StructureCheck(limit: limit)
        check.object(batch, schemas.batch, at: .root) { field in field.key == "credential_id" }
        guard batch.objectValue != nil else { return (check.findings, check.omitted) }
        var rulesCheck = RuleCheck(rules: rules, findings: check.findings, limit: limit, omitted: check.omitted)
        rulesCheck.batch(batch)
        return (rulesCheck.findings, rulesCheck.omitted)
    }

    /// The findings of a single L&D request.
    public func validateSingle(_ value: JSONValue) -> [Finding] {
        validateSingle(value, limit: .max).0
    }

    func validateSingle(_ value: JSONValue, limit: Int) -> ([Finding], OmittedFindings) {
        var check = StructureCheck(limit: limit)
        check.object(value, schemas.singleRequest, at: .root)
        var rulesCheck = RuleCheck(rules: rules, findings: check.findings, limit: limit, omitted: check.omitted)
        rulesCheck.single(value)
        return (rulesCheck.findings, rulesCheck.omitted)
    }
}
