import Testing
@testable import PassCore

/// `JavaScriptJSON` writes what `JSON.stringify(JSON.parse(text))` writes
/// (the expected values were printed by Node.js).
struct JavaScriptJSONTests {
    @Test(arguments: [
        ("0", "0"), ("-0", "0"), ("1", "1"), ("100", "100"), ("1.5", "1.5"), ("-2.25", "-2.25"),
        ("1e21", "1e+21"), ("1e20", "100000000000000000000"), ("123456789012345678901234", "1.2345678901234569e+23"),
        ("1e-7", "1e-7"), ("1e-6", "0.000001"), ("0.000001234", "0.000001234"),
        ("1.7976931348623157e308", "1.7976931348623157e+308"), ("5e-324", "5e-324"), ("0.1", "0.1"), ("2e-7", "2e-7"),
        ("1E3", "1000"), ("12.50", "12.5"), ("-1e-10", "-1e-10"), ("1e400", "null"), ("9007199254740993", "9007199254740992"),
    ])
    func numbersAsJavaScriptPrintsThem(literal: String, expected: String) {
        #expect(JavaScriptJSON.number(literal) == expected)
    }

    @Test func stringsEscapeOnlyWhatJSONStringifyEscapes() {
        let text = "a\u{01}b\u{1F}\u{7F}\u{2028}\"\\\u{08}\u{0C}\n\r\t/é😀"
        let expected = #""a\u0001b\u001f"# + "\u{7F}\u{2028}" + #"\"\\\b\f\n\r\t/é😀""#
        #expect(String(decoding: JavaScriptJSON.stringify(.string(text)), as: UTF8.self) == expected)
    }

    @Test func objectsPutArrayIndexKeysFirstAndHaveNoWhitespace() throws {
        let value = try JSONParser.parse(#"{"b":1,"10":2,"2":3,"a":4,"01":5,"4294967295":6,"4294967294":7}"#)
        #expect(String(decoding: JavaScriptJSON.stringify(value), as: UTF8.self)
                == #"{"2":3,"10":2,"4294967294":7,"b":1,"a":4,"01":5,"4294967295":6}"#)
        let nested = try JSONParser.parse(#"{ "k" : [ true, false, null, {}, [] ] }"#)
        #expect(String(decoding: JavaScriptJSON.stringify(nested), as: UTF8.self) == #"{"k":[true,false,null,{},[]]}"#)
    }
}
