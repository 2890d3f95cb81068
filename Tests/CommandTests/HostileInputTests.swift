import Foundation
import PassCore
import TestSupport
import Testing

/// validate and preview on hostile input: file names, member names, values
/// with escapes, C1 and bidi controls are printed visibly, each finding on
/// its own line; a file with a million mistakes prints a thousand and a count.
struct HostileInputTests {
    static let escapes = "\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{9B}31m\u{202E}\u{2066}\u{7F}"

    static func raw(_ text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            if s == "\n" || s == "\t" { return false }
            return v < 0x20 || (0x7F...0x9F).contains(v) || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    static let career = #"{"credential_id": "c-1", "fields": {"full_name": "Mei Ling Tan", "employment": [{"organisation": "A", "role_title": "Engineer", "start_date": "2020-01", "last_processed_month": "2024-05"}]}}"#

    @Test func aFileNameWithEscapesAndANewlineStaysVisiblyOnItsLine() throws {
        let scratch = try TemporaryDirectory()
        let name = "bad\(Self.escapes)\nFORGED: valid career history.json"
        let file = try scratch.file(name, text: Self.career.replacingOccurrences(of: "2020-01", with: "2020-13"))
        let r = try BuiltProgram.run(["validate", file.path])
        #expect(r.status == 1, "\(r)")
        #expect(Self.raw(r.output + r.stderr).isEmpty, "\(r)")
        #expect(r.output.split(separator: "\n").count == 2, "one finding and one summary: \(r)")
        #expect(r.output.contains("␊FORGED"))
        let missing = try BuiltProgram.run(["validate", scratch.url.path + "/none\(Self.escapes)\n.json"])
        #expect(missing.status == 2 && Self.raw(missing.stderr).isEmpty && missing.stderr.split(separator: "\n").count == 1, "\(missing)")
    }

    @Test func memberNamesInParserErrorsAreShownVisibly() throws {
        let scratch = try TemporaryDirectory()
        let key = JSONWriter.quoted(Self.escapes)
        let twice = try scratch.file("twice.json", text: "{\(key): 1, \(key): 2}")
        let colon = try scratch.file("colon.json", text: "{\(JSONWriter.quoted("\u{1B}]52;c;SGk=\u{07}")) 1}")
        for file in [twice, colon] {
            for command in ["validate", "preview"] {
                let r = try BuiltProgram.run([command, file.path])
                #expect(r.status == 2, "\(r)")
                #expect(Self.raw(r.output + r.stderr).isEmpty, "\(r)")
                #expect(r.stderr.contains("\\u001b]"), "the name is quoted as JSON writes it: \(r.stderr)")
            }
        }
    }

    @Test func controlsInValuesAndKeysReachFindingsVisibly() throws {
        let scratch = try TemporaryDirectory()
        let text = Self.career
            .replacingOccurrences(of: "\"2020-01\"", with: JSONWriter.quoted("2020\u{9B}01\u{202E}"))
            .replacingOccurrences(of: "\"Engineer\"", with: "\"Engineer\", " + JSONWriter.quoted("role\(Self.escapes)") + ": 1")
            .replacingOccurrences(of: "\"c-1\"", with: JSONWriter.quoted("c-1\n2026 info FORGED \u{1B}]0;x\u{07}"))
        let file = try scratch.file("values.json", text: text)
        let r = try BuiltProgram.run(["validate", file.path])
        #expect(r.status == 1, "\(r)")
        #expect(Self.raw(r.output + r.stderr).isEmpty, "\(r)")
        #expect(r.output.contains("(id.characters)") && r.output.contains("(unknown-key)") && r.output.contains("(date.format)"), "\(r)")
        #expect(r.output.split(separator: "\n").count == 4, "three findings and a summary: \(r)")
        let json = try BuiltProgram.run(["validate", "--format", "json", file.path])
        #expect(Self.raw(json.output).isEmpty, "\(json)")
        #expect(try JSONParser.parse(json.stdout)["files"]?.arrayValue?.first?["findings"]?.arrayValue?.count == 3)
    }

    @Test func previewWritesControlsInValuesEscapedAndTheyReadBackTheSame() throws {
        let scratch = try TemporaryDirectory()
        let name = "Mei \u{9B}2J\u{202E}Ling\u{2066} Tan\u{7F}"
        let text = Self.career.replacingOccurrences(of: "\"Mei Ling Tan\"", with: JSONWriter.quoted(name))
        let file = try scratch.file("name.json", text: text)
        let r = try BuiltProgram.run(["preview", file.path])
        #expect(r.status == 0, "\(r)")
        #expect(Self.raw(r.output + r.stderr).isEmpty, "\(r)")
        #expect(r.output.contains(#""Mei \u009b2J\u202eLing\u2066 Tan\u007f""#), "\(r.output)")
        #expect(try JSONParser.parse(r.stdout)["fields"]?["full_name"]?.stringValue == name)
    }

    @Test func aHugeChainPrintsAThousandFindingsAndCountsTheRestByRule() throws {
        let scratch = try TemporaryDirectory()
        let chain = "[" + Array(repeating: "1", count: 200_000).joined(separator: ",") + "]"
        let text = Self.career.dropLast() + #", "partner_chain": "# + chain + "}"
        let file = try scratch.file("chain.json", text: String(text))
        let r = try BuiltProgram.run(["validate", file.path])
        #expect(r.status == 1)
        let lines = r.output.split(separator: "\n")
        #expect(lines.count == 1002, "\(lines.count) lines")
        #expect(lines[1000].hasSuffix("chain.json: … and 199,000 more findings, rule by rule: type 199,000"), "\(lines[1000])")
        #expect(lines[1001].hasSuffix("chain.json: invalid career history (200,000 errors)"), "\(lines[1001])")
        let json = try BuiltProgram.run(["validate", "--format", "json", file.path])
        let report = try #require(try JSONParser.parse(json.stdout)["files"]?.arrayValue?.first)
        #expect(report["findings"]?.arrayValue?.count == 1000)
        #expect(report["more_findings"] == JSONValue.number("199000"))
        #expect(report["more_findings_by_rule"] == JSONValue.object(JSONObject([.init("type", .number("199000"))])))
        let preview = try BuiltProgram.run(["preview", file.path])
        #expect(preview.status == 1 && preview.stdout.isEmpty)
        #expect(preview.stderr.split(separator: "\n").count == 1002)
    }

    /// For random strings drawn from C0, C1, DEL, bidi and ordinary text used
    /// as file names, member names and values: nothing validate or preview
    /// prints holds one of those code points raw.
    @Test func randomHostileTextNeverReachesTheOutputRaw() throws {
        let scratch = try TemporaryDirectory()
        var rng = SystemRandomNumberGenerator()
        let forbidden: [Unicode.Scalar] = (0..<0x20).compactMap(Unicode.Scalar.init) + ["\u{7F}"]
            + (0x80...0x9F).compactMap(Unicode.Scalar.init)
            + ([0x061C, 0x200E, 0x200F, 0x2028, 0x2029] + Array(0x202A...0x202E) + Array(0x2066...0x2069)).compactMap(Unicode.Scalar.init)
        let ordinary = ["a", "Z", " ", "é", "漢字", "😀", "e\u{301}", "مرحبا", "[2J", "]52;c;", "-", "0"]
        func hostile() -> String {
            var text = ""
            for _ in 0..<Int.random(in: 1...10, using: &rng) {
                if Bool.random(using: &rng) { text.unicodeScalars.append(forbidden.randomElement(using: &rng) ?? "\u{1B}") }
                else { text += ordinary.randomElement(using: &rng) ?? "a" }
            }
            return text
        }
        let rounds = ProcessInfo.processInfo.environment["SEEKPASS_SLOW_TESTS"] == "1" ? 50 : 4
        for _ in 0..<rounds {
            var files: [String] = []
            for _ in 0..<50 {
                let text = Self.career
                    .replacingOccurrences(of: "\"A\"", with: JSONWriter.quoted(hostile()))
                    .replacingOccurrences(of: "\"2020-01\"", with: JSONWriter.quoted(hostile()))
                    .replacingOccurrences(of: "\"c-1\"", with: JSONWriter.quoted(hostile()))
                    .replacingOccurrences(of: "\"Engineer\"", with: "\"Engineer\", " + JSONWriter.quoted(hostile()) + ": 1")
                let name = hostile().replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "\u{0}", with: "0")
                files.append(try scratch.file("f-\(files.count)-\(name).json", text: text).path)
            }
            for arguments in [["validate"] + files, ["validate", "--format", "json"] + files, ["preview", files[0]]] {
                let r = try BuiltProgram.run(arguments)
                #expect(r.isCalm)
                #expect(Self.raw(r.output + r.stderr).isEmpty, "\(arguments.first ?? ""): \(Self.raw(r.output + r.stderr))")
            }
        }
    }
}
