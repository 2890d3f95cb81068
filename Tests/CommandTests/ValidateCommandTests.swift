import Foundation
import PassCore
import TestSupport
import Testing

/// `validate`: one line per finding, a summary per file, the JSON report,
/// and the exit status (0 valid, 1 invalid, 2 unreadable).
struct ValidateCommandTests {
    static let invalidCareer = #"""
    {
      "credential_id": "c-1",
      "fields": {
        "full_name": "Mei Ling Tan",
        "employment": [
          {"organisation": "Company A", "start_date": "2020-13", "last_processed_month": "2023-01"}
        ]
      },
      "partner_chain": []
    }
    """#

    @Test func everySampleIsValid() throws {
        let result = try BuiltProgram.run(["validate"] + Samples.names.map(Samples.path))
        #expect(result.status == 0, "\(result)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.filter { $0.contains(": valid ") }.count == 6)
        // The seed's OpenCert is not wrapped: valid, with that one warning.
        let warnings = lines.filter { !$0.contains(": valid ") }
        #expect(warnings.count == 1 && warnings.allSatisfy { $0.contains("single-opencert.json: $.data.document: warning: ") && $0.hasSuffix("(opencert.unwrapped)") },
                "\(warnings)")
        #expect(result.stderr.isEmpty)
    }

    @Test func anInvalidFileGetsALinePerFindingAndExitsOne() throws {
        let scratch = try TemporaryDirectory()
        let file = try scratch.file("career.json", text: Self.invalidCareer).path
        let result = try BuiltProgram.run(["validate", file])
        #expect(result.status == 1, "\(result)")
        #expect(result.output == """
            \(file): $.fields.employment[0].start_date: "2020-13" is not a real date: 13 is not a month; months run 01 to 12 (date.calendar)
            \(file): $.fields.employment[0].role_title: give role_title or role_classification (both is best), e.g. role_title "Senior Software Engineer" (career.role)
            \(file): $.partner_chain: warning: partner_chain is empty; omit it when there are no intermediaries (it is not sent) (chain.empty)
            \(file): invalid career history (2 errors, 1 warning)

            """)
    }

    @Test func warningsAloneAreValid() throws {
        let scratch = try TemporaryDirectory()
        let text = try String(contentsOfFile: Samples.path("single-pdf"), encoding: .utf8)
            .replacingOccurrences(of: "https://", with: "http://")
        let result = try BuiltProgram.run(["validate", "--quiet", try scratch.file("http.json", text: text).path])
        #expect(result.status == 0, "\(result)")
        #expect(result.output.hasSuffix("warning: the document URL uses http; use https so the file cannot be altered on the way (single.document-url)\n"))
    }

    @Test func theJSONReportParsesAndCarriesEveryFinding() throws {
        let scratch = try TemporaryDirectory()
        let invalid = try scratch.file("career.json", text: Self.invalidCareer).path
        let result = try BuiltProgram.run(["validate", "--format", "json", Samples.path("single-none"), invalid])
        #expect(result.status == 1)
        let report = try JSONParser.parse(result.stdout)
        let files = try #require(report["files"]?.arrayValue)
        #expect(files.count == 2)
        #expect(files[0]["valid"] == true && files[0]["findings"] == [] && files[0]["kind"] == "microcredential")
        #expect(files[1]["valid"] == false && files[1]["kind"] == "career-history")
        let findings = try #require(files[1]["findings"]?.arrayValue)
        #expect(findings.map { $0["rule"]?.stringValue ?? "" } == ["date.calendar", "career.role", "chain.empty"])
        #expect(findings.map { $0["path"]?.stringValue ?? "" } == [
            "$.fields.employment[0].start_date", "$.fields.employment[0].role_title", "$.partner_chain",
        ])
        #expect(findings.map { $0["severity"]?.stringValue ?? "" } == ["error", "error", "warning"])
        #expect(findings.allSatisfy { ($0["message"]?.stringValue?.isEmpty) == false })
    }

    @Test func anUnreadableFileOutranksAnInvalidOne() throws {
        let scratch = try TemporaryDirectory()
        let invalid = try scratch.file("career.json", text: Self.invalidCareer).path
        let result = try BuiltProgram.run(["validate", invalid, scratch.url.appendingPathComponent("absent.json").path])
        #expect(result.status == 2)
        #expect(result.output.contains("invalid career history"))
        #expect(result.stderr.contains("absent.json: no such file"))
    }

    @Test func theKindCanBeGivenInsteadOfDetected() throws {
        let result = try BuiltProgram.run(["validate", "--kind", "batch", Samples.path("career-history")])
        #expect(result.status == 1)
        #expect(result.output.contains(#"$.fields: "fields" is not a field of a batch request"#), "\(result)")
    }

    @Test func standardInputIsRead() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Samples.path("batch-full"))))
        let result = try BuiltProgram.run(["validate", "-"], stdin: bytes)
        #expect(result.status == 0, "\(result)")
        #expect(result.output == "-: valid batch\n")
    }
}
