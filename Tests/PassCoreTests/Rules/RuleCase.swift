import Testing
@testable import PassCore

/// One rule exercised both ways: an edit of a valid base payload that breaks
/// the rule, with every finding it must produce (rule, path, severity), and
/// a neighbouring edit that is valid and must not break it.
struct RuleCase: Sendable, CustomTestStringConvertible {
    var name: String
    /// The kind to validate as; nil lets the validator detect it.
    var kind: PayloadKind?
    var base: PayloadKind
    var invalid: [Edit]
    /// The complete findings of the invalid edit; the first names the rule.
    var expected: [Expected]
    var neighbour: [Edit]

    init(_ name: String, _ kind: PayloadKind?, base: PayloadKind? = nil, _ invalid: [Edit], expect expected: [Expected],
         neighbour: [Edit]) {
        self.name = name
        self.kind = kind
        self.base = base ?? kind ?? .batch
        self.invalid = invalid
        self.expected = expected
        self.neighbour = neighbour
    }

    var rule: RuleID { expected.first?.rule ?? "none" }
    var testDescription: String { "\(rule): \(name)" }

    func invalidValue() throws -> JSONValue { try Edit.apply(invalid, to: Bases.value(base)) }
    func neighbourValue() throws -> JSONValue { try Edit.apply(neighbour, to: Bases.value(base)) }

    /// Every case of every area.
    static let all: [RuleCase] = structure + dates + batch + education + english + rightToWork + career + single + openCert + chain + ids

    // Paths of the base batch's items, for brevity.
    static let identity = "$.digital_identity.fields"
    static let edu = "$.education_items[0].fields"
    static let edu2 = "$.education_items[1].fields"
    static let micro = "$.microcredential_items[0].fields"
    static let eng = "$.english_proficiency_items[0].fields"
    static let rtw = "$.right_to_work_items[0].fields"
    static let rtw2 = "$.right_to_work_items[1].fields"
    static let ch = "$.career_history"
    static let uc = "$.universal_credential_items[0].fields"
    static let credential = "$.data.credential"
}
