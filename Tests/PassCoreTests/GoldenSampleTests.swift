import Foundation
import Testing
@testable import PassCore

/// The six sample payloads of the seeds: all valid, all round-trip.
struct GoldenSampleTests {
    static let samples = [
        "batch-full", "career-history", "single-none", "single-opencert", "single-partner-chain", "single-pdf",
    ]

    static func load(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return Array(try Data(contentsOf: url))
    }

    static func sampleValue(_ name: String) throws -> JSONValue {
        try PayloadFile.parse(try load(name), name: name).value
    }

    /// What each sample may be told: the seed's OpenCert is not wrapped, which
    /// is a warning; nothing else finds anything.
    static func expectedRules(_ name: String) -> [RuleID] {
        name == "single-opencert" ? [.openCertUnwrapped] : []
    }

    @Test(arguments: samples)
    func sampleValidatesClean(_ name: String) throws {
        let file = try PayloadFile.parse(try Self.load(name), name: name)
        let findings = Validator.standard.validate(file.value, as: file.kind)
        #expect(findings.map(\.rule) == Self.expectedRules(name), "\(findings)")
        #expect(!findings.hasErrors)
    }

    @Test(arguments: samples)
    func sampleRoundTripsThroughTheCanonicalBody(_ name: String) throws {
        let file = try PayloadFile.parse(try Self.load(name), name: name)
        let body = CanonicalJSON.standard.body(file.value, as: file.kind)
        let reread = try JSONParser.parse(body)
        #expect(reread.isSameValue(as: file.value))
        // Encoding is stable: the canonical body of the canonical body is itself.
        #expect(CanonicalJSON.standard.body(reread, as: file.kind) == body)
    }

    @Test(arguments: samples)
    func sampleRoundTripsThroughTheTypedModel(_ name: String) throws {
        let file = try PayloadFile.parse(try Self.load(name), name: name)
        let typed: JSONValue
        switch file.kind {
        case .batch: typed = try BatchRequest(json: file.value).json()
        case .careerHistory: typed = try CareerHistoryRequest(json: file.value).json()
        case .microcredential: typed = try SingleMicrocredentialRequest(json: file.value).json()
        }
        #expect(typed.isSameValue(as: file.value))
    }

    @Test(arguments: samples)
    func theTypedModelSendsTheCanonicalBytes(_ name: String) throws {
        let file = try PayloadFile.parse(try Self.load(name), name: name)
        let typed: [UInt8]
        switch file.kind {
        case .batch: typed = try BatchRequest(json: file.value).body()
        case .careerHistory: typed = try CareerHistoryRequest(json: file.value).body()
        case .microcredential: typed = try SingleMicrocredentialRequest(json: file.value).body()
        }
        #expect(typed == CanonicalJSON.standard.body(file.value, as: file.kind))
    }

    @Test(arguments: samples)
    func sampleValidatesCleanWithItsMembersInAnyOrder(_ name: String) throws {
        let file = try PayloadFile.parse(try Self.load(name), name: name)
        let shuffled = CanonicalOrderTests.reversed(file.value)
        #expect(PayloadKind.detect(shuffled) == file.kind)
        #expect(Validator.standard.validate(shuffled).map(\.rule) == Self.expectedRules(name))
        #expect(CanonicalJSON.standard.body(shuffled, as: file.kind) == CanonicalJSON.standard.body(file.value, as: file.kind))
    }

    @Test func detectsTheKindOfEachSample() throws {
        #expect(try PayloadFile.parse(try Self.load("batch-full"), name: "").kind == .batch)
        #expect(try PayloadFile.parse(try Self.load("career-history"), name: "").kind == .careerHistory)
        for name in ["single-none", "single-opencert", "single-partner-chain", "single-pdf"] {
            #expect(try PayloadFile.parse(try Self.load(name), name: "").kind == .microcredential)
        }
    }

    @Test func batchKeysFollowTheDocumentedOrder() throws {
        let file = try PayloadFile.parse(try Self.load("batch-full"), name: "")
        let canonical = CanonicalJSON.standard.normalized(file.value, as: .batch)
        #expect(canonical.objectValue?.keys == [
            "credential_id", "digital_identity", "education_items", "microcredential_items",
            "english_proficiency_items", "right_to_work_items", "career_history", "universal_credential_items",
        ])
        let single = CanonicalJSON.standard.normalized(try PayloadFile.parse(try Self.load("single-pdf"), name: "").value,
                                                      as: .microcredential)
        #expect(single["data"]?.objectValue?.keys == ["credential", "document"])
    }
}
