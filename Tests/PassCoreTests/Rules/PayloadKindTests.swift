import Testing
@testable import PassCore

/// Telling a batch, a single L&D request and a career history apart.
struct PayloadKindTests {
    @Test(arguments: [
        (#"{"digital_identity": {}}"#, PayloadKind.batch),
        (#"{"credential_id": "x", "education_items": []}"#, .batch),
        (#"{"credential_id": "x", "career_history": {}}"#, .batch),
        (#"{"credential_type": "microcredential"}"#, .microcredential),
        (#"{"document_type": "pdf"}"#, .microcredential),
        (#"{"data": {}}"#, .microcredential),
        (#"{"id": "x"}"#, .microcredential),
        (#"{"credential_id": "x", "fields": {"employment": []}}"#, .careerHistory),
        (#"{"fields": {}}"#, .careerHistory),
        (#"{"id": "x", "digital_identity": {}, "education_items": []}"#, .batch),
        (#"{"id": "x", "credential_id": "c", "fields": {"employment": []}}"#, .careerHistory),
    ])
    func theKindIsToldByTheMembersOnlyOneKindHas(_ text: String, _ kind: PayloadKind) throws {
        #expect(PayloadKind.detect(try JSONParser.parse(text)) == kind)
    }

    @Test(arguments: [#"{}"#, #"{"credential_id": "x"}"#, #"[]"#, #""batch""#, "null"])
    func aValueOfNoKindIsNone(_ text: String) throws {
        let value = try JSONParser.parse(text)
        #expect(PayloadKind.detect(value) == nil)
        let found = Validator.standard.validate(value)
        #expect(found.map(Expected.init) == [Expected(.payloadKind, "$")])
    }

    @Test func aBatchWithAStrayIdIsStillABatch() throws {
        let value = try Edit.apply([.set("$.id", "stray")], to: Bases.value(.batch))
        #expect(Validator.standard.validate(value).map(Expected.init) == [Expected(.unknownKey, "$.id")])
    }
}
