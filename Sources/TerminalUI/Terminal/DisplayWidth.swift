import PassCore

/// Widths in terminal cells: East Asian wide and fullwidth characters and emoji take two cells,
/// combining marks and zero-width characters none, everything else one.
public enum DisplayWidth {
    /// Cells taken by one grapheme as drawn (unsafe characters measure as their visible form).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return width(of: first) }
        if scalars.contains(where: TextSanitizer.isUnsafe) {
            return TextSanitizer.sanitize(String(character)).unicodeScalars.reduce(0) { $0 + width(of: $1) }
        }
        if scalars.contains("\u{FE0E}") { return isWide(first.value) ? 2 : 1 }
        if scalars.contains("\u{FE0F}") && first.properties.isEmoji { return 2 }
        if isRegionalIndicator(first) { return 2 }
        let w = width(of: first)
        if w == 0 {
            // A grapheme led by a zero-width scalar (e.g. a lone combining mark) still occupies
            // the cells of whatever visible base follows it.
            return scalars.dropFirst().map(width(of:)).max() ?? 0
        }
        return w
    }

    /// Cells taken by a string as drawn.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Cells taken by a single scalar standing alone.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if TextSanitizer.isUnsafe(scalar) {
            return TextSanitizer.visibleForm(of: scalar).map { $0.unicodeScalars.reduce(0) { $0 + width(of: $1) } } ?? 1
        }
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0xAD { return false }
        if (0x1160...0x11FF).contains(v) || (0x200B...0x200D).contains(v) || v == 0x2060 || v == 0xFEFF { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges; emoji are found by their presentation property.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CFF, 0x18D00...0x18D08, 0x1AFF0...0x1B2FF,
        0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func isWide(_ v: UInt32) -> Bool {
        guard v >= 0x1100 else { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound { high = mid - 1 } else if v > range.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }
}
