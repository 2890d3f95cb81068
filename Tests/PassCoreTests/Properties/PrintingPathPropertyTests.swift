import Foundation
import Logging
import Testing
@testable import PassCore

/// For random strings drawn from C0, C1, DEL, the bidi controls and ordinary
/// text, nothing a printing path of PassCore emits holds one of those code
/// points raw (a layout's own newlines and tabs aside, where it has them).
@Suite struct PrintingPathPropertyTests {
    static let cases = PropertyRun.isSlow ? 100_000 : 2_000

    @Test func noPrintingPathEmitsARawControl() throws {
        var failures: [String] = []
        for index in 0..<Self.cases {
            var rng = SplitMix64(seed: PropertyRun.seed(index, 0x5A4E))
            let text = HostileTextGenerator.text(&rng)
            let outputs: [(String, String, Bool)] = [
                ("sanitize", TextSanitizer.sanitize(text), false),
                ("printable", TextSanitizer.printable(text), true),
                ("JSON string", JSONWriter.quoted(text), false),
                ("JSON document", JSONWriter.string(["k": .string(text), text: .array([.string(text)])]), true),
                ("finding", Finding(.error, .type, at: JSONPath.root.appending(text), "\(text.quotedForMessage) is wrong").description, false),
                ("log line", RedactingLogHandler.line(timestamp: "t", level: .info, label: text, message: text, metadata: [text: .string(text)]), false),
                ("rejected", ClientError.rejected(status: 400, findings: [Finding(.error, "server", at: .root, text)]).description, true),
                ("refused", ClientError.refused(status: 404, message: text).description, false),
                ("remote", ClientError.remote(attempts: 2, lastCause: text).description, false),
                ("unauthorized", ClientError.unauthorized(text).description, false),
                ("url refusal", URLPolicy.Refusal(url: "http://" + text, reason: "x").description, false),
                ("summary", ErrorBody.summary(of: Array(text.utf8)), false),
                ("file error", FileReadError.notFound(text).description, false),
                ("load error", PayloadFile.LoadError.unknownKind(text).description, false),
                ("parse error", (try? JSONParser.parse(Array("{\(JSONWriter.quoted(text)): 1, \(JSONWriter.quoted(text)): 2}".utf8))).map { _ in "" }
                    ?? parseError("{\(JSONWriter.quoted(text)): 1, \(JSONWriter.quoted(text)): 2}"), false),
            ]
            for (path, output, layout) in outputs {
                let raw = HostileTextGenerator.raw(in: output, layout: layout)
                if !raw.isEmpty, failures.count < 20 {
                    failures.append("case \(index), \(path): \(raw.map { String($0.value, radix: 16) }) in \(output.debugDescription)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func aValidationOfHostileValuesGivesOnlyPrintableFindings() throws {
        for index in 0..<(Self.cases / 10) {
            var rng = SplitMix64(seed: PropertyRun.seed(index, 0x1D5))
            var value = try Bases.value(.batch)
            for path in ["$.credential_id", "$.education_items[0].fields.course_name", "$.education_items[0].fields.issue_date",
                         "$.microcredential_items[0].assets[0].asset_id", "$.right_to_work_items[0].fields.country"] {
                value.set(.string(HostileTextGenerator.text(&rng)), at: JSONPath(parsing: path) ?? .root)
            }
            value.set(.string("x"), at: JSONPath.root.appending(HostileTextGenerator.text(&rng)))
            for finding in Validator.standard.validate(value, as: .batch) {
                #expect(HostileTextGenerator.raw(in: finding.description, layout: false).isEmpty, "\(finding.description.debugDescription)")
            }
        }
    }

    private func parseError(_ text: String) -> String {
        do {
            _ = try JSONParser.parse(Array(text.utf8))
            return ""
        } catch {
            return error.description
        }
    }
}
