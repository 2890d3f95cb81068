/// Random text for names: ASCII, accents, wide CJK and Hangul, emoji with
/// joiners, combining marks, right-to-left script, quotes, backslashes and
/// control characters. Always starts with a letter, so it is never blank.
enum TextGenerator {
    static let pieces: [String] = [
        "a", "Z", "m", "q", " ", "  ", "é", "ü", "ß", "Ø", "漢", "字", "日本", "한국", "😀", "👩‍👩‍👧", "e\u{301}", "مرحبا",
        "\"", "\\", "'", "/", "\u{01}", "\u{1F}", "\u{7F}", "\t", "\n", "\u{2028}", "\u{00A0}", "{", "}", "[", "]", ":", ",",
        "#", "%", "\u{FEFF}", "𝒜", "0", "9",
    ]
    static let letters: [String] = ["A", "b", "Ł", "漢", "Ж", "ö", "Σ"]

    static func text(_ rng: inout SplitMix64, maxPieces: Int = 8) -> String {
        var result = rng.pick(letters)
        for _ in 0..<rng.int(0...maxPieces) { result += rng.pick(pieces) }
        return result
    }
}
