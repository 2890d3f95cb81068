@testable import PassCore

/// Ids (`credential_id`, `id`, `asset_id`) are printed in logs, status
/// tables and links: no control character, no line break.
extension RuleCase {
    static let ids: [RuleCase] = [
        .init("an item id with a line break that would forge a log line", .batch,
              [.set("$.microcredential_items[0].credential_id", .string("b-1-micro-1\n2026-01-01T00:00:00Z info seekpass: FORGED LINE \u{1B}]0;pwned\u{07}"))],
              expect: [.init(.idCharacters, "$.microcredential_items[0].credential_id")],
              neighbour: [.set("$.microcredential_items[0].credential_id", "b-1-micro-1 café 東京")]),
        .init("an escape in the batch id", .batch, [.set("$.credential_id", .string("b-1\u{1B}[2J"))],
              expect: [.init(.idCharacters, "$.credential_id")], neighbour: [.set("$.credential_id", "b-1-[2J]")]),
        .init("a C1 control in an asset id", .batch,
              [.set("$.microcredential_items[0].assets[0].asset_id", .string("b-1-micro-1-\u{9B}asset"))],
              expect: [.init(.idCharacters, "$.microcredential_items[0].assets[0].asset_id")],
              neighbour: [.set("$.microcredential_items[0].assets[0].asset_id", "b-1-micro-1-asset-2")]),
        .init("DEL in a single request's id", .microcredential, [.set("$.id", .string("s-1\u{7F}"))],
              expect: [.init(.idCharacters, "$.id")], neighbour: [.set("$.id", "s-1~")]),
        .init("a line separator in a career history's id", .careerHistory, [.set("$.credential_id", .string("c-1\u{2028}x"))],
              expect: [.init(.idCharacters, "$.credential_id")], neighbour: [.set("$.credential_id", "c-1 x")]),
        .init("a tab in an item id", .batch, [.set("$.education_items[0].credential_id", .string("b-1-edu-1\t"))],
              expect: [.init(.idCharacters, "$.education_items[0].credential_id")],
              neighbour: [.set("$.education_items[0].credential_id", "b-1-edu-1 ")]),
    ]
}
