import Testing
import PassCore

@Suite struct ThemeTOMLTests {
    @Test func parsesSectionsValuesAndComments() throws {
        let text = """
        # a comment
        name = "x" # trailing
        count = 1_000
        ratio = 0.5
        on = true

        [a.b]
        'quoted key' = 'lit\\eral'
        esc = "tab\\there \\u00e9"
        """
        let tables = try TOMLParser(file: "t.toml").parse(text)
        func table(_ name: String) -> TOMLTable? { tables.first { $0.name == name } }
        #expect(table("")?["name"]?.value == .string("x"))
        #expect(table("")?["count"]?.value == .integer(1000))
        #expect(table("")?["ratio"]?.value == .float(0.5))
        #expect(table("")?["on"]?.value == .bool(true))
        #expect(table("a.b")?["quoted key"]?.value == .string("lit\\eral"))
        #expect(table("a.b")?["esc"]?.value == .string("tab\there é"))
        #expect(table("a.b")?["esc"]?.line == 9)
    }

    @Test(arguments: [
        ("a = ", 1, "a"), ("[x]\nb = nope", 2, "b"), ("a = \"open", 1, "a"),
        ("a = 1\na = 2", 2, "a"), ("[x\n", 1, nil), ("a.b = 1", 1, "a"), ("a = 1 2", 1, "a"),
    ] as [(String, Int, String?)])
    func reportsLineAndKey(text: String, line: Int, key: String?) {
        #expect {
            try TOMLParser(file: "t.toml").parse(text)
        } throws: { error in
            guard let error = error as? TOMLError else { return false }
            return error.line == line && error.key == key
        }
    }
}
