import CNcurses
import Testing
@testable import TerminalUI

@Suite struct CursesKeyDecoderTests {
    @Test func controlCharactersBecomeChords() {
        #expect(CursesKeyDecoder.plainKey(3) == .ctrl("c"))
        #expect(CursesKeyDecoder.plainKey(17) == .ctrl("q"))
        #expect(CursesKeyDecoder.plainKey(9) == .tab)
        #expect(CursesKeyDecoder.plainKey(13) == .enter)
        #expect(CursesKeyDecoder.plainKey(10) == .enter)
        #expect(CursesKeyDecoder.plainKey(127) == .backspace)
        #expect(CursesKeyDecoder.plainKey(8) == .backspace)
        #expect(CursesKeyDecoder.plainKey(0) == .ctrl(" "))
        #expect(CursesKeyDecoder.plainKey(28) == .ctrl("\\"))
        #expect(CursesKeyDecoder.plainKey(0x6771) == .char("東"))
    }

    @Test func escapeFollowedByAKeyIsAlt() {
        var decoder = CursesKeyDecoder()
        #expect(decoder.decode(character: 27, next: { .character(120) }) == .key(.alt("x")))
        #expect(decoder.decode(character: 27, next: { nil }) == .key(.escape))
        #expect(decoder.decode(character: 27, next: { .character(127) }) == .key(Key.backspace.with(.alt)))
        #expect(decoder.decode(character: 27, next: { .keyCode(KEY_UP) }) == .key(Key.up.with(.alt)))
    }

    @Test func functionAndShiftedKeyCodes() {
        var decoder = CursesKeyDecoder()
        #expect(decoder.decode(keyCode: KEY_UP) == .key(.up))
        #expect(decoder.decode(keyCode: KEY_BTAB) == .key(.backTab))
        #expect(decoder.decode(keyCode: cn_key_f0() + 1) == .key(.f(1)))
        #expect(decoder.decode(keyCode: cn_key_f0() + 14) == .key(Key(.function(2), .shift)))
        #expect(decoder.decode(keyCode: KEY_SR) == .key(Key.up.with(.shift)))
        #expect(decoder.decode(keyCode: 9999) == nil)
    }
}
