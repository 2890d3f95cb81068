import Testing
@testable import TerminalUI

@Suite struct TOMLDocumentTests {
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
        let doc = try TOMLDocument.parse(text)
        #expect(doc[table: ""]?["name"]?.value == .string("x"))
        #expect(doc[table: ""]?["count"]?.value == .integer(1000))
        #expect(doc[table: ""]?["ratio"]?.value == .float(0.5))
        #expect(doc[table: ""]?["on"]?.value == .boolean(true))
        #expect(doc[table: "a.b"]?["quoted key"]?.value == .string("lit\\eral"))
        #expect(doc[table: "a.b"]?["esc"]?.value == .string("tab\there é"))
        #expect(doc[table: "a.b"]?["esc"]?.line == 9)
    }

    @Test(arguments: [
        ("a = ", 1, "a"), ("[x]\nb = nope", 2, "b"), ("a = [1]", 1, "a"), ("a = \"open", 1, "a"),
        ("a = 1\na = 2", 2, "a"), ("[x\n", 1, nil), ("a.b = 1", 1, "a"), ("a = 1 2", 1, "a"),
    ] as [(String, Int, String?)])
    func reportsLineAndKey(text: String, line: Int, key: String?) {
        #expect {
            try TOMLDocument.parse(text)
        } throws: { error in
            guard let error = error as? TOMLError else { return false }
            return error.line == line && error.key == key
        }
    }
}
