import Foundation
import Testing
@testable import PassCore

struct TOMLDocumentTests {
    func parse(_ text: String) throws -> TOMLDocument { try TOMLDocument.parse(text, file: "profiles.toml") }

    @Test func readsTablesKeysAndValuesWithTheirLines() throws {
        let document = try parse("""
            # comment
            default = "staging"

            [profile.staging]   # trailing comment
            url = "https://app.seekpass-staging.com"
            name = 'lit\\eral'
            concurrency = 4
            ratio = 0.5
            on = true
            list = ["a", 1, false]
            escaped = "tab\\tquote\\" \\u00e9"
            "quoted key" = "x"
            """)
        #expect(document.root.entries.map(\.key) == ["default", "profile"])
        #expect(document.root["default"]?.value == .string("staging"))
        let t = try #require(document.root["profile"]?.value.tableValue?["staging"]?.value.tableValue)
        #expect(t.name == "profile.staging")
        #expect(t.line == 4)
        #expect(t.entries.map(\.key) == ["url", "name", "concurrency", "ratio", "on", "list", "escaped", "quoted key"],
                "keys keep the order of the file")
        #expect(t["url"]?.value == .string("https://app.seekpass-staging.com"))
        #expect(t["url"]?.line == 5)
        #expect(t["name"]?.value == .string("lit\\eral"))
        #expect(t["concurrency"]?.value == .integer(4))
        #expect(t["ratio"]?.value == .float(0.5))
        #expect(t["on"]?.value == .bool(true))
        #expect(t["list"]?.value == .array([.string("a"), .integer(1), .bool(false)]))
        #expect(t["escaped"]?.value == .string("tab\tquote\" é"))
        #expect(t["quoted key"]?.value == .string("x"))
        #expect(t["quoted key"]?.line == 12)
    }

    @Test func linesFollowMultiLineValuesDottedKeysAndInlineTables() throws {
        let document = try parse("""
            [a]
            text = \"\"\"
            fake = "not a key"
            [not.a.table]
            \"\"\"
            after = 1
            list = [
              "x",   # a comment
              "y",
            ]
            point.x = 1
            inline = { left = 1, right = 2 }
            last = 'it is'
            """)
        let a = try #require(document.root["a"]?.value.tableValue)
        #expect(a.entries.map(\.key) == ["text", "after", "list", "point", "inline", "last"])
        #expect(a["text"]?.value == .string("fake = \"not a key\"\n[not.a.table]\n"))
        #expect(a["after"]?.line == 6)
        #expect(a["list"]?.line == 7)
        #expect(a["point"]?.line == 11)
        #expect(a["point"]?.value.tableValue?["x"]?.line == 11)
        #expect(a["inline"]?.value.tableValue?["right"]?.line == 12, "a key inside an inline table is on its table's line")
        #expect(a["last"]?.line == 13)
        #expect(document.root["not"] == nil)
    }

    @Test(arguments: [
        ("[a]\nurl = https://x", 2, "url", "https://x is not a value; put text in quotes"),
        ("[a]\nurl = \"open", 2, "url", "no closing \""),
        ("[a]\nx = 1\nx = 2", 3, "x", "set twice"),
        ("[a]\n[a]", 2, nil, "the table [a] is defined twice"),
        ("[a\nx = 1", 1, nil, "closing ]"),
        ("just words", 1, "just", "expected = after the key"),
        ("= 1", 1, nil, "expected key = value"),
        ("[a]\nx = 1 2", 2, "x", "one setting per line"),
        ("[a]\nx = ", 2, "x", "the value is missing"),
        ("[a]\nlist = [1,\n  2,,\n]", 3, "list", "starts on an earlier line"),
    ] as [(String, Int, String?, String)])
    func errorsNameTheFileLineAndKey(_ text: String, _ line: Int, _ key: String?, _ words: String) {
        #expect {
            _ = try parse(text)
        } throws: { error in
            guard let error = error as? TOMLError else { return false }
            return error.line == line && error.key == key && error.message.contains(words) && error.file == "profiles.toml"
        }
    }

    /// A secret written wrongly in every way we know: the message names the line and the key,
    /// never the value or any part of it.
    @Test(arguments: [
        "client_secret = SECRET", "client_secret = SECRET # comment", "client_secret = [SECRET]",
        "client_secret = \"SECRET\" \"more\"", "client_secret = 'SECRET", "client_secret = \"SECRET",
        "access_token = 1234SECRET", "s = { client_secret = SECRET }", "client_secret = \"\\q SECRET\"",
        "client_secret = \"\"\"SECRET", "access_token = trueSECRET",
    ])
    func errorsNeverShowASecret(_ line: String) {
        let secret = "Tq" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        let text = "[profile.staging]\nurl = \"https://a.example\"\n" + line.replacingOccurrences(of: "SECRET", with: secret) + "\n"
        #expect {
            _ = try parse(text)
        } throws: { error in
            guard let error = error as? TOMLError else { return false }
            let shown = error.description
            return error.line >= 3 && !shown.contains(secret) && !shown.contains("'T'") && !shown.contains("'\(secret.prefix(1))'")
                && !shown.contains(String(secret.prefix(4)))
        }
    }

    @Test func secretsAreFoundWithoutParsing() {
        let settings = TOMLDocument.secretSettings(in: "[profile.a]\nclient_secret = broken [\n[profile.b]\naccess_token = \"x\"\nurl = 1\n")
        #expect(settings.map(\.key) == ["client_secret", "access_token"])
        #expect(settings.map(\.table) == [["profile", "a"], ["profile", "b"]])
        #expect(settings.map(\.line) == [2, 4])
    }

    @Test func aNulCharacterIsRefusedNotTruncated() {
        #expect {
            _ = try parse("a = 1\nb = \"x\u{0}y\"\n")
        } throws: { error in
            (error as? TOMLError)?.line == 2
        }
    }
}
