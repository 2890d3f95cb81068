import PassCore

/// Graphemes as they will be drawn: sanitised, each with its width in cells.
public enum DisplayGlyphs {
    /// Calls `body` with each drawable grapheme of `text` and its width, in order, until it returns false.
    /// Unsafe characters arrive already replaced by their visible form (see ``TextSanitizer``).
    public static func forEach(in text: String, _ body: (Character, Int) -> Bool) {
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.count == 1, let only = scalars.first, only.value >= 0x20, only.value < 0x7F {
                if !body(character, 1) { return }
                continue
            }
            if scalars.contains(where: TextSanitizer.isUnsafe) {
                for scalar in scalars {
                    if let shown = TextSanitizer.visibleForm(of: scalar) {
                        for glyph in shown where !body(glyph, DisplayWidth.of(glyph)) { return }
                    } else if !body(Character(scalar), DisplayWidth.width(of: scalar)) {
                        return
                    }
                }
                continue
            }
            if !body(character, DisplayWidth.of(character)) { return }
        }
    }
}

/// Measuring, truncating and wrapping text by terminal cells.
public enum TextLayout {
    /// Cells `text` takes once sanitised.
    public static func width(_ text: String) -> Int {
        var total = 0
        DisplayGlyphs.forEach(in: text) { _, w in total += w; return true }
        return total
    }

    /// `text` sanitised and cut to at most `width` cells, ending in `ellipsis` when cut.
    /// Never splits a grapheme; stops reading as soon as the width is known to be exceeded.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        var glyphs: [(Character, Int)] = []
        var used = 0
        var overflow = false
        DisplayGlyphs.forEach(in: text) { c, w in
            if used + w > width { overflow = true; return false }
            glyphs.append((c, w))
            used += w
            return true
        }
        guard overflow else { return String(glyphs.map(\.0)) }
        let ellipsisWidth = TextLayout.width(ellipsis)
        guard ellipsisWidth <= width else { return "" }
        while used + ellipsisWidth > width, let last = glyphs.popLast() { used -= last.1 }
        return String(glyphs.map(\.0)) + ellipsis
    }

    /// `text` sanitised and wrapped at spaces into lines of at most `width` cells;
    /// words longer than a line are broken between graphemes. Newlines start new lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var pieces: [(String, Int)] = []
                var piece = "", pieceWidth = 0
                DisplayGlyphs.forEach(in: String(word)) { c, w in
                    if pieceWidth + w > width, !piece.isEmpty {
                        pieces.append((piece, pieceWidth))
                        piece = ""; pieceWidth = 0
                    }
                    piece.append(c); pieceWidth += w
                    return true
                }
                if !piece.isEmpty { pieces.append((piece, pieceWidth)) }
                for (text, w) in pieces {
                    if lineWidth == 0 {
                        line = text; lineWidth = w
                    } else if lineWidth + 1 + w <= width {
                        line += " " + text; lineWidth += 1 + w
                    } else {
                        lines.append(line)
                        line = text; lineWidth = w
                    }
                }
            }
            lines.append(line)
        }
        return lines
    }
}
