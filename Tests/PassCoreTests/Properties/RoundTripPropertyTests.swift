import Testing
@testable import PassCore

/// Random valid payloads of every kind validate clean and go through the
/// canonical writer, the parser and the writer again to identical bytes.
struct RoundTripPropertyTests {
    /// The fields whose explicit `null` the typed model reads as absent.
    static let optionalNulls: Set<String> = ["end_date", "assessment_result", "date_of_birth"]

    static func withoutOptionalNulls(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            return .object(JSONObject(object.members.compactMap { member in
                if member.value == .null && optionalNulls.contains(member.key) { return nil }
                return JSONObject.Member(member.key, withoutOptionalNulls(member.value))
            }))
        case .array(let elements):
            return .array(elements.map(withoutOptionalNulls))
        default:
            return value
        }
    }

    /// `value` with the two nulls the canonical body writes when they are
    /// left out: conferral_year while awaiting graduation, document for none.
    static func withCanonicalNulls(_ value: JSONValue, as kind: PayloadKind) -> JSONValue {
        var result = value
        switch kind {
        case .batch:
            for (i, item) in (value["education_items"]?.arrayValue ?? []).enumerated()
            where item["fields"]?["awaiting_graduation"] == true && item["fields"]?["conferral_year"] == nil {
                result.set(.null, at: JSONPath.root.appending("education_items").appending(i).appending("fields").appending("conferral_year"))
            }
        case .microcredential:
            if value["document_type"] == "none" && value["data"]?["document"] == nil {
                result.set(.null, at: JSONPath.root.appending("data").appending("document"))
            }
        case .careerHistory:
            break
        }
        return result
    }

    static func typedBody(_ value: JSONValue, as kind: PayloadKind) throws -> [UInt8] {
        switch kind {
        case .batch: try BatchRequest(json: value).body()
        case .microcredential: try SingleMicrocredentialRequest(json: value).body()
        case .careerHistory: try CareerHistoryRequest(json: value).body()
        }
    }

    @Test func randomValidPayloadsValidateCleanAndRoundTripToIdenticalBytes() throws {
        var failures = 0
        for index in 0..<PropertyRun.cases where failures < 3 {
            let seed = PropertyRun.seed(index, 0x5EED)
            var generator = PayloadGenerator(seed: seed)
            let (kind, value) = generator.payload()
            let found = Validator.standard.validate(value, as: kind)
            let body = CanonicalJSON.standard.body(value, as: kind)
            let reread = try JSONParser.parse(body)
            let shuffled = generator.shuffled(value)
            let typed = (try? Self.typedBody(value, as: kind)) ?? []
            let checks = [
                ("validates clean", found.isEmpty),
                ("kind detected", PayloadKind.detect(value) == kind && PayloadKind.detect(shuffled) == kind),
                ("same JSON value", reread.isSameValue(as: Self.withCanonicalNulls(value, as: kind))),
                ("identical bytes", CanonicalJSON.standard.body(reread, as: kind) == body),
                ("order read ignored", CanonicalJSON.standard.body(shuffled, as: kind) == body),
                ("typed model", typed == CanonicalJSON.standard.body(Self.withoutOptionalNulls(value), as: kind)),
            ]
            for (name, passed) in checks where !passed {
                failures += 1
                let difference = firstDifference(reread, Self.withCanonicalNulls(value, as: kind)) ?? ""
                Issue.record("seed \(seed) (\(kind)): \(name) fails; \(found.map(\.description)) \(difference)")
            }
        }
    }

    @Test func theGeneratorCoversEverySectionAndKind() {
        var kinds = Set<PayloadKind>()
        var sections = Set<String>()
        for index in 0..<200 {
            var generator = PayloadGenerator(seed: PropertyRun.seed(index, 0x5EED))
            let (kind, value) = generator.payload()
            kinds.insert(kind)
            for member in value.objectValue?.members ?? [] where member.value.arrayValue?.isEmpty != true {
                sections.insert(member.key)
            }
        }
        #expect(kinds == Set(PayloadKind.allCases))
        #expect(sections.isSuperset(of: BatchSection.allCases.map(\.key)))
    }
}
