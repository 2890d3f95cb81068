import Testing
@testable import PassCore

/// The strict parser: what it accepts, and where and why it refuses.
struct JSONParserTests {
    func syntaxError(_ text: String) -> JSONSyntaxError? {
        syntaxError(Array(text.utf8))
    }

    func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func membersKeepTheirOrder() throws {
        let value = try JSONParser.parse(#"{"b": 1, "a": 2, "c": {"z": true, "y": null}}"#)
        #expect(value.objectValue?.keys == ["b", "a", "c"])
        #expect(value["c"]?.objectValue?.keys == ["z", "y"])
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 1, 9, "expected a member name"),
        ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected , or }"),
        (#"{"a" 1}"#, 1, 6, "expected : after the member name \"a\""),
        (#"[1, 2"#, 1, 6, "ends inside an array"),
        (#"{"a": tru}"#, 1, 7, "expected a JSON value"),
        (#"{"a": "x"} x"#, 1, 12, "after the end of the JSON value"),
        (#"{"a": 1, "a": 2}"#, 1, 10, "appears twice"),
        (#"{"a": 01}"#, 1, 8, "may not start with 0"),
        (#"{"a": "\q"}"#, 1, 8, "is not a JSON escape"),
        (#"{"a": "\u12"}"#, 1, 12, "four hex digits"),
        ("{\"a\": \"tab\there\"}", 1, 11, "control character"),
        ("{\"é\": \"ü\" ]", 1, 11, "expected , or }"),
        ("", 1, 1, "the file is empty"),
        ("   \n  ", 2, 3, "the file is empty"),
    ])
    func aSyntaxErrorNamesItsLineAndColumn(_ text: String, _ line: Int, _ column: Int, _ reason: String) throws {
        let error = try #require(syntaxError(text))
        #expect(error.line == line && error.column == column, "\(error)")
        #expect(error.reason.contains(reason), "\(error)")
    }

    @Test func aTruncatedFileSaysWhereItEnds() throws {
        let text = "{\n  \"credential_id\": \"abc\",\n  \"fields\": {\n    \"full_name\": \"Jo"
        let error = try #require(syntaxError(text))
        #expect((error.line, error.column) == (4, 18))
        #expect(error.reason.contains("not closed"))
        let cut = try #require(syntaxError("{\n  \"credential_id\": \"abc\",\n"))
        #expect((cut.line, cut.column) == (3, 1))
        #expect(cut.reason.contains("ends inside an object"))
    }

    @Test func nestingIsBoundedWithoutExhaustingTheStack() throws {
        let depth = JSONParser.maximumDepth
        let fine = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(syntaxError(fine) == nil)
        let deep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        #expect(syntaxError(deep)?.reason.contains("nests deeper than \(depth)") == true)
        let hostile = String(repeating: "{\"a\":", count: 200_000)
        #expect(syntaxError(hostile)?.column == depth * 5 + 1)
    }

    @Test(arguments: [
        [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D] as [UInt8],
        [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x22, 0x7D],
        [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D],
        [0x7B, 0x22, 0xC0, 0xAF, 0x22, 0x3A, 0x31, 0x7D],
    ])
    func invalidUTF8IsRefusedWhereItStands(_ bytes: [UInt8]) throws {
        let error = try #require(syntaxError(bytes))
        #expect(error.reason.contains("not valid UTF-8"))
        #expect(error.line == 1)
    }

    @Test func escapesAreDecoded() throws {
        let value = try JSONParser.parse(#"["\u00e9\ud83d\ude00\n\/\"", "\ud800 lone", "\udc00"]"#)
        #expect(value == ["é😀\n/\"", "\u{FFFD} lone", "\u{FFFD}"])
    }

    @Test func aByteOrderMarkIsTolerated() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .object(JSONObject()))
    }

    @Test(arguments: ["true", "false", "null", "0", "-1.5e-3", #""s""#, "[]", "{}"])
    func anyJSONValueParses(_ text: String) throws {
        #expect(JSONWriter.string(try JSONParser.parse(text)) == text + "\n")
    }
}
