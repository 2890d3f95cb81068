import Testing
@testable import PassCore

/// The one writer escapes, besides what JSON requires, everything a terminal
/// would act on, so a body, a report or a preview printed raw is harmless;
/// every reader still gets the same string.
@Suite struct JSONWriterEscapeTests {
    static let hostile = "a\u{1B}]52;c;SGk=\u{07}b\u{7F}c\u{9B}2Jd\u{85}e\u{202E}f\u{2066}g\u{2069}h\u{200F}i\u{061C}j\u{2028}k\u{2029}"

    @Test func controlsC1BidiAndSeparatorsAreEscaped() {
        let written = JSONWriter.quoted(Self.hostile)
        #expect(written == #""a\u001b]52;c;SGk=\u0007b\u007fc\u009b2Jd\u0085e\u202ef\u2066g\u2069h\u200fi\u061cj\u2028k\u2029""#)
        #expect(TextSanitizer.isPrintable(written))
    }

    @Test func theStringReadsBackTheSame() throws {
        let value: JSONValue = ["name": .string(Self.hostile), Self.hostile: "key"]
        let bytes = JSONWriter.bytes(value)
        #expect(try JSONParser.parse(bytes) == value)
        #expect(JSONWriter.bytes(try JSONParser.parse(bytes)) == bytes)
    }

    @Test func ordinaryTextAroundTheLeadBytesIsUnchanged() {
        // U+00E9, U+0641 (Arabic), U+2014 (dash), U+20AC (euro), U+2122 share lead bytes with escaped characters.
        let text = "é ف — € ™ ‰ ⁂ 東京 😀"
        #expect(JSONWriter.quoted(text) == "\"" + text + "\"")
    }
}
