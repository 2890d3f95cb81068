import Testing
@testable import PassCore

struct TOMLParserTests {
    let parser = TOMLParser(file: "profiles.toml")

    @Test func readsTablesKeysAndValues() throws {
        let tables = try parser.parse("""
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
        #expect(tables.map(\.name) == ["", "profile.staging"])
        #expect(tables[0]["default"]?.value == .string("staging"))
        let t = tables[1]
        #expect(t["url"]?.value == .string("https://app.seekpass-staging.com"))
        #expect(t["url"]?.line == 5)
        #expect(t["name"]?.value == .string("lit\\eral"))
        #expect(t["concurrency"]?.value == .integer(4))
        #expect(t["ratio"]?.value == .float(0.5))
        #expect(t["on"]?.value == .bool(true))
        #expect(t["list"]?.value == .array([.string("a"), .integer(1), .bool(false)]))
        #expect(t["escaped"]?.value == .string("tab\tquote\" é"))
        #expect(t["quoted key"]?.value == .string("x"))
    }

    @Test(arguments: [
        ("[a]\nurl = https://x", 2, "url", "is not a value"),
        ("[a]\nurl = \"open", 2, "url", "no closing"),
        ("[a]\nx = 1\nx = 2", 3, "x", "set twice"),
        ("[a]\n[a]", 2, nil, "defined twice"),
        ("[a\nx = 1", 1, nil, "closing ]"),
        ("just words", 1, "just", "expected = after the key"),
        ("= 1", 1, nil, "expected key = value"),
        ("[a]\nx = 1 2", 2, "x", "one setting per line"),
        ("[a]\nx.y = 1", 2, "x", "dotted keys"),
    ] as [(String, Int, String?, String)])
    func errorsNameTheLineAndKey(_ text: String, _ line: Int, _ key: String?, _ words: String) {
        #expect {
            _ = try parser.parse(text)
        } throws: { error in
            guard let error = error as? TOMLError else { return false }
            return error.line == line && error.key == key && error.message.contains(words) && error.file == "profiles.toml"
        }
    }
}
