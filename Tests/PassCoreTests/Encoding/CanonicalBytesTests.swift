import Testing
@testable import PassCore

/// The exact bytes: two-space indentation, escapes, UTF-8, a final newline,
/// the same on every run.
struct CanonicalBytesTests {
    @Test func aSmallRequestHasExactlyTheseBytes() throws {
        let value = try JSONParser.parse(#"""
        {"data": {"document": null, "credential": {"issue_date": "2024-08-31", "microcredential_name": "Skill Test #3",
         "issuer_name": "ExampleProvider", "full_name": "John Doe", "partner_chain": []}},
         "document_type": "none", "credential_type": "microcredential", "id": "fa651300"}
        """#)
        let expected = """
        {
          "id": "fa651300",
          "credential_type": "microcredential",
          "document_type": "none",
          "data": {
            "credential": {
              "full_name": "John Doe",
              "issuer_name": "ExampleProvider",
              "microcredential_name": "Skill Test #3",
              "issue_date": "2024-08-31"
            },
            "document": null
          }
        }

        """
        #expect(CanonicalJSON.standard.body(value, as: .microcredential) == Array(expected.utf8))
    }

    @Test func emptyArraysAndObjectsAreWrittenOnOneLine() throws {
        let value = try JSONParser.parse(#"{"credential_id": "c", "fields": {"full_name": "A", "employment": []}, "x": {}}"#)
        let text = String(decoding: CanonicalJSON.standard.body(value, as: .careerHistory), as: UTF8.self)
        #expect(text == "{\n  \"credential_id\": \"c\",\n  \"fields\": {\n    \"full_name\": \"A\",\n    \"employment\": []\n  },\n  \"x\": {}\n}\n")
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("quote \" and backslash \\", #""quote \" and backslash \\""#),
        ("line\nbreak\rreturn\ttab", #""line\nbreak\rreturn\ttab""#),
        ("\u{08}\u{0C}", #""\b\f""#),
        ("\u{00}\u{01}\u{1F}\u{7F}", #""\u0000\u0001\u001f\u007f""#),
        ("slash / stays", #""slash / stays""#),
        ("Zoë 漢字 😀", "\"Zoë 漢字 😀\""),
        // What a terminal would act on is escaped too (see JSONWriterEscapeTests).
        ("\u{2028}\u{9B}\u{202E}", #""\u2028\u009b\u202e""#),
    ])
    func stringsAreEscapedWhereJSONOrATerminalNeedsIt(_ text: String, _ written: String) throws {
        #expect(JSONWriter.quoted(text) == written)
        #expect(try JSONParser.parse(written) == .string(text))
    }

    @Test func nonASCIITextIsWrittenAsUTF8Bytes() {
        #expect(JSONWriter.bytes("é") == [0x22, 0xC3, 0xA9, 0x22, 0x0A])
    }

    @Test func numbersKeepTheirLiteral() throws {
        let value = try JSONParser.parse("[1.50, -0, 2E+3, 12345678901234567890]")
        #expect(JSONWriter.string(value) == "[\n  1.50,\n  -0,\n  2E+3,\n  12345678901234567890\n]\n")
    }

    @Test(arguments: [PayloadKind.batch, .microcredential, .careerHistory])
    func theBytesAreStableAcrossRunsAndRereads(_ kind: PayloadKind) throws {
        let base = try Bases.value(kind)
        let first = CanonicalJSON.standard.body(base, as: kind)
        #expect(CanonicalJSON(schemas: PayloadSchemas(rules: ModelRules())).body(base, as: kind) == first)
        #expect(CanonicalJSON.standard.body(try JSONParser.parse(first), as: kind) == first)
        #expect(first.last == 0x0A)
        #expect(!first.contains(0x09))
    }
}
