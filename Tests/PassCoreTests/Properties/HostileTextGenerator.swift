/// Random strings drawn from every C0 control, DEL, every C1 control, the
/// bidirectional controls and separators, and ordinary text (ASCII, accents,
/// wide characters, emoji, combining marks, right-to-left script).
enum HostileTextGenerator {
    static let c0: [Unicode.Scalar] = (0x00..<0x20).compactMap(Unicode.Scalar.init)
    static let c1: [Unicode.Scalar] = (0x80...0x9F).compactMap(Unicode.Scalar.init)
    static let bidi: [Unicode.Scalar] = ([0x061C, 0x200E, 0x200F, 0x2028, 0x2029] + Array(0x202A...0x202E) + Array(0x2066...0x2069))
        .compactMap(Unicode.Scalar.init)
    static let forbidden: [Unicode.Scalar] = c0 + ["\u{7F}"] + c1 + bidi
    static let ordinary = ["a", "Z", " ", "é", "漢字", "한국", "😀", "👩‍👩‍👧", "e\u{301}", "مرحبا", "\"", "\\", "'", "{", "}", "%", "$", "[2J", "]52;c;", "0"]

    static func text(_ rng: inout SplitMix64, maxPieces: Int = 12) -> String {
        var result = ""
        for _ in 0..<rng.int(1...maxPieces) {
            if rng.chance(0.5) {
                result.unicodeScalars.append(rng.pick(forbidden))
            } else {
                result += rng.pick(ordinary)
            }
        }
        return result
    }

    /// The forbidden scalars in `text`, newlines and tabs allowed when `layout` is true.
    static func raw(in text: String, layout: Bool) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            if layout, scalar == "\n" || scalar == "\t" { return false }
            return forbidden.contains(scalar)
        }
    }
}
