import Testing
@testable import PassCore

/// Random damage to valid payloads never crashes the parser, the validator
/// or the encoder; where the damage is of a known kind, the finding names
/// its rule at its path; every finding's rule is in the catalogue.
struct MutationPropertyTests {
    static let catalogue = Set(RuleCatalogue.payload.map(\.id))

    @Test func knownMutationsBreakTheirRuleAtTheirPath() throws {
        var failures = 0
        var checked = 0
        for index in 0..<PropertyRun.cases where failures < 3 {
            let seed = PropertyRun.seed(index, 0xBAD)
            var generator = PayloadGenerator(seed: seed)
            let (kind, value) = generator.payload()
            guard let mutation = Mutation.random(value, as: kind, &generator.rng) else { continue }
            let found = Validator.standard.validate(mutation.value, as: kind)
            _ = CanonicalJSON.standard.body(mutation.value, as: kind)
            let unknown = found.filter { !Self.catalogue.contains($0.rule) }
            if !unknown.isEmpty {
                failures += 1
                Issue.record("seed \(seed) \(mutation): rules outside the catalogue \(unknown)")
            }
            guard let expected = mutation.expected else { continue }
            checked += 1
            if !found.map(Expected.init).contains(expected) {
                failures += 1
                Issue.record("seed \(seed) \(mutation): expected \(expected), found \(found.map(\.description))")
            }
        }
        #expect(checked > PropertyRun.cases / 2)
    }

    @Test func flippedAndTruncatedBytesNeverCrashAndSayWhere() throws {
        var failures = 0
        var parsed = 0
        for index in 0..<PropertyRun.cases where failures < 3 {
            let seed = PropertyRun.seed(index, 0xF11B)
            var generator = PayloadGenerator(seed: seed)
            let (kind, value) = generator.payload()
            var bytes = CanonicalJSON.standard.body(value, as: kind)
            var rng = generator.rng
            for _ in 0..<rng.int(1...8) {
                bytes[rng.int(0...(bytes.count - 1))] = UInt8(truncatingIfNeeded: rng.next())
            }
            if rng.chance(0.2) { bytes.removeLast(rng.int(0...(bytes.count - 1))) }
            do {
                let file = try PayloadFile.parse(bytes, name: "f")
                parsed += 1
                let found = Validator.standard.validate(file.value, as: file.kind) + Validator.standard.validate(file.value)
                _ = CanonicalJSON.standard.body(file.value, as: file.kind)
                if let outside = found.first(where: { !Self.catalogue.contains($0.rule) }) {
                    failures += 1
                    Issue.record("seed \(seed): rule outside the catalogue \(outside)")
                }
            } catch {
                if case .syntax(_, let syntax) = error, syntax.line < 1 || syntax.column < 1 || syntax.reason.isEmpty {
                    failures += 1
                    Issue.record("seed \(seed): \(error)")
                }
            }
        }
        #expect(parsed > 0)
    }
}
