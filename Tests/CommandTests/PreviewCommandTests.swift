import Foundation
import PassCore
import TestSupport
import Testing

/// `preview`: exactly the canonical body on standard output when valid,
/// nothing there when not.
struct PreviewCommandTests {
    @Test(arguments: Samples.names)
    func previewPrintsExactlyTheCanonicalBody(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Samples.path(name))))
        let file = try PayloadFile.parse(bytes, name: name)
        let result = try BuiltProgram.run(["preview", Samples.path(name)])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == CanonicalJSON.standard.body(file.value, as: file.kind))
        if name == "single-opencert" {
            // Its OpenCert is not wrapped: a warning on standard error, the body all the same.
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.hasSuffix("(opencert.unwrapped)\n"), "\(result)")
        } else {
            #expect(result.stderr.isEmpty)
        }
    }

    @Test func anInvalidPayloadPrintsNothingAndExitsOne() throws {
        let scratch = try TemporaryDirectory()
        let text = try String(contentsOfFile: Samples.path("single-pdf"), encoding: .utf8)
            .replacingOccurrences(of: "2024-08-31", with: "2024-02-30")
        let file = try scratch.file("bad.json", text: text).path
        let result = try BuiltProgram.run(["preview", file])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(#"$.data.credential.issue_date: "2024-02-30" is not a real date"#), "\(result)")
        #expect(result.stderr.hasSuffix("bad.json: invalid single L&D request (1 error); nothing printed\n"), "\(result)")
    }

    @Test func warningsGoToStandardErrorAndTheBodyIsStillPrinted() throws {
        let scratch = try TemporaryDirectory()
        let text = #"{"credential_id": "c", "partner_chain": null, "fields": {"employment": [{"organisation": "A", "role_title": "T", "start_date": "2020-01", "last_processed_month": "2020-02"}], "full_name": "Z"}}"#
        let result = try BuiltProgram.run(["preview", try scratch.file("warn.json", text: text).path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("(chain.empty)"))
        let body = try JSONParser.parse(result.stdout)
        #expect(body.objectValue?.keys == ["credential_id", "fields"])
        #expect(body["fields"]?.objectValue?.keys == ["full_name", "employment"])
    }

    @Test func aSingleRequestWithoutDocumentIsSentWithNull() throws {
        let result = try BuiltProgram.run(
            ["preview", "-"],
            stdin: Array(#"{"id":"x","credential_type":"microcredential","document_type":"none","data":{"credential":{"full_name":"A","issuer_name":"B","microcredential_name":"C","issue_date":"2024-01-01"}}}"#.utf8))
        #expect(result.status == 0, "\(result)")
        #expect(result.output.hasSuffix("    },\n    \"document\": null\n  }\n}\n"))
    }
}
