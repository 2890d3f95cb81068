@testable import PassCore

/// Employment records: a role, at least one record.
extension RuleCase {
    static let career: [RuleCase] = [
        .init("a record with neither role", .careerHistory,
              [.remove("$.fields.employment[0].role_title"), .remove("$.fields.employment[0].role_classification")],
              expect: [.init(.careerRole, "$.fields.employment[0].role_title")],
              neighbour: [.remove("$.fields.employment[0].role_title")]),
        .init("a blank role_classification and no role_title", .careerHistory,
              [.remove("$.fields.employment[0].role_title"), .set("$.fields.employment[0].role_classification", " ")],
              expect: [.init(.careerRole, "$.fields.employment[0].role_classification")],
              neighbour: [.remove("$.fields.employment[0].role_classification")]),
        .init("both roles blank", .careerHistory,
              [.set("$.fields.employment[0].role_title", ""), .set("$.fields.employment[0].role_classification", "")],
              expect: [.init(.careerRole, "$.fields.employment[0].role_title")],
              neighbour: [.set("$.fields.employment[0].role_title", ""), .set("$.fields.employment[0].role_classification", "Engineer")]),
        .init("role_title as a number and no role_classification", .careerHistory,
              [.set("$.fields.employment[0].role_title", 7), .remove("$.fields.employment[0].role_classification")],
              expect: [.init(.type, "$.fields.employment[0].role_title")],
              neighbour: [.set("$.fields.employment[0].role_title", "7"), .remove("$.fields.employment[0].role_classification")]),
        .init("no employment records", .careerHistory, [.set("$.fields.employment", [])],
              expect: [.init(.careerEmpty, "$.fields.employment")],
              neighbour: [.remove("$.fields.employment[0].end_date")]),
        .init("a batch's career history with no records", .batch, [.set("\(ch).fields.employment", [])],
              expect: [.init(.careerEmpty, "\(ch).fields.employment")],
              neighbour: [.remove("\(ch).fields.employment[0]")]),
    ]
}
