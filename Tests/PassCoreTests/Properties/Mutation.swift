@testable import PassCore

/// One random change to a valid payload, and the finding it must produce
/// when the change is of a known kind.
struct Mutation: CustomStringConvertible {
    var name: String
    var value: JSONValue
    var expected: Expected?

    var description: String { name }

    static let kinds = ["delete", "retype", "unknown", "date", "duplicate-id", "duplicate-asset", "null", "replace"]

    /// A mutation of `value` (read as `kind`) chosen by `rng`; nil when the
    /// chosen kind has nothing to change in this payload.
    static func random(_ value: JSONValue, as kind: PayloadKind, _ rng: inout SplitMix64) -> Mutation? {
        let walk = SchemaWalk(value, as: kind)
        switch rng.pick(kinds) {
        case "delete":
            guard !walk.required.isEmpty else { return nil }
            let member = rng.pick(walk.required)
            return make("delete \(member.path)", value, [.remove(member.path.description)], Expected(.required, member.path.description))
        case "retype":
            guard !walk.strings.isEmpty else { return nil }
            let member = rng.pick(walk.strings)
            let replacement: JSONValue = rng.pick([42, true, [], [:]])
            return make("retype \(member.path)", value, [.set(member.path.description, replacement)],
                        Expected(.type, member.path.description))
        case "unknown":
            let (path, _) = rng.pick(walk.objects)
            let key = "x-" + TextGenerator.text(&rng, maxPieces: 2)
            let member = path.appending(key)
            return make("insert \(member)", value, [.set(member.description, 1)], Expected(.unknownKey, member.description))
        case "date":
            guard !walk.dates.isEmpty else { return nil }
            let (member, form) = rng.pick(walk.dates)
            let (text, rule): (String, RuleID) = rng.chance(0.5) ? format(form) : calendar(form)
            return make("corrupt \(member.path) to \(text)", value, [.set(member.path.description, .string(text))],
                        Expected(rule, member.path.description))
        case "duplicate-id":
            guard kind == .batch else { return nil }
            let items = Validator.items(of: value)
            guard items.count >= 2 else { return nil }
            let a = rng.int(0...(items.count - 2)), b = rng.int((a + 1)...(items.count - 1))
            guard let id = items[a].2["credential_id"] else { return nil }
            let path = Validator.path(items[b].0, items[b].1).appending("credential_id")
            return make("copy credential_id to \(path)", value, [.set(path.description, id)], Expected(.idUnique, path.description))
        case "duplicate-asset":
            let assets = walk.members.filter { $0.field.key == "asset_id" }
            guard kind == .batch, assets.count >= 2 else { return nil }
            let a = rng.int(0...(assets.count - 2)), b = rng.int((a + 1)...(assets.count - 1))
            return make("copy asset_id to \(assets[b].path)", value, [.set(assets[b].path.description, assets[a].value)],
                        Expected(.assetIDUnique, assets[b].path.description))
        case "null":
            let member = rng.pick(walk.members)
            return make("null at \(member.path)", value, [.set(member.path.description, nil)], nil)
        default:
            let member = rng.pick(walk.members)
            let replacement = randomValue(&rng, depth: 3)
            return make("replace \(member.path)", value, [.set(member.path.description, replacement)], nil)
        }
    }

    private static func make(_ name: String, _ value: JSONValue, _ edits: [Edit], _ expected: Expected?) -> Mutation? {
        guard let changed = try? Edit.apply(edits, to: value) else { return nil }
        return Mutation(name: name, value: changed, expected: expected)
    }

    private static func format(_ form: DateForm) -> (String, RuleID) {
        switch form {
        case .day, .yearOrDay: ("2024/02/01", .dateFormat)
        case .month: ("2024-2", .dateFormat)
        case .year: ("24", .dateFormat)
        }
    }

    private static func calendar(_ form: DateForm) -> (String, RuleID) {
        switch form {
        case .day, .yearOrDay: ("2023-02-29", .dateCalendar)
        case .month: ("2024-13", .dateCalendar)
        case .year: ("0000", .dateCalendar)
        }
    }

    /// Any JSON value, nested up to `depth`.
    static func randomValue(_ rng: inout SplitMix64, depth: Int) -> JSONValue {
        switch rng.int(0...(depth > 0 ? 6 : 4)) {
        case 0: return .null
        case 1: return .bool(rng.chance(0.5))
        case 2: return .number(rng.pick(["0", "-1", "1.5e300", "12345678901234567890"]))
        case 3: return .string(TextGenerator.text(&rng))
        case 4: return .string(rng.pick(["", " ", "2024-02-29", "SG", "pdf", "B2"]))
        case 5: return .array((0..<rng.int(0...3)).map { _ in randomValue(&rng, depth: depth - 1) })
        default:
            return .object(JSONObject((0..<rng.int(0...3)).map { i in
                JSONObject.Member(rng.pick(["name", "full_name", "k\(i)", "fields"]) + "\(i)", randomValue(&rng, depth: depth - 1))
            }))
        }
    }
}
