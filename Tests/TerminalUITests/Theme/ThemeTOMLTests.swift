import Testing
import PassCore
@testable import TerminalUI

/// Themes through TOMLKit: every TOML form a theme may use, and errors that name the file,
/// the line and the key.
@Suite struct ThemeTOMLTests {
    @Test func parsesSectionsValuesAndComments() throws {
        let theme = try ThemeParser.parse("""
            # a comment
            name = "x" # trailing
            description = 'lit\\eral'
            progress-bar.fg = "red"
            json-key = { fg = "green", bold = true }

            [text]
            fg = "#102030"
            bg = 17
            [title]
            fg = "bright-blue"
            bold = true
            """, name: "file-name", file: "t.toml")
        #expect(theme.name == "x")
        #expect(theme.description == "lit\\eral")
        #expect(theme[.text].foreground == .rgb(0x10, 0x20, 0x30))
        #expect(theme[.text].background == .indexed(17))
        #expect(theme[.title].attributes.contains(.bold))
        #expect(theme[.progressBar].foreground == TerminalColor(name: "red"), "a dotted key is a role")
        #expect(theme[.jsonKey].attributes.contains(.bold), "an inline table is a role")
        #expect(theme[.muted].foreground == theme[.text].foreground, "a role without fg takes the text role's")
    }

    @Test(arguments: [
        ("name = ", 1, "name", "the value is missing"),
        ("[text]\nfg = nope", 2, "fg", "nope is not a value"),
        ("name = \"open", 1, "name", "no closing"),
        ("name = \"a\"\nname = \"b\"", 2, "name", "set twice"),
        ("[text\n", 1, nil, "closing ]"),
        ("name = \"a\" \"b\"", 1, "name", "one setting per line"),
        ("[texts]\nfg = \"red\"", 1, nil, "unknown role [texts]"),
        ("[text]\ncolour = \"red\"", 2, "colour", "unknown key in [text]"),
        ("[text]\nfg = \"purplish\"", 2, "fg", "is not a colour"),
        ("[text]\nbold = \"yes\"", 2, "bold", "expected true or false"),
        ("[text]\nfg = \"red\"\n\n[title]\nbold = 1", 5, "bold", "expected true or false"),
        ("count = 3", 1, "count", "expected a string"),
    ] as [(String, Int, String?, String)])
    func reportsFileLineAndKey(text: String, line: Int, key: String?, words: String) {
        #expect {
            try ThemeParser.parse(text, name: "t", file: "/themes/t.toml")
        } throws: { error in
            guard let error = error as? ThemeError else { return false }
            return error.file == "/themes/t.toml" && error.line == line && error.key == key && error.message.contains(words)
        }
    }
}
