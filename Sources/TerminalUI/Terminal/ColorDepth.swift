/// How many colours a terminal shows; theme colours are fitted to it (nearest match).
public enum ColorDepth: Int, Hashable, Sendable, Comparable, CaseIterable {
    /// No colour at all: attributes only (also what `NO_COLOR` asks for).
    case monochrome = 0
    case ansi8 = 8
    case ansi16 = 16
    case indexed256 = 256

    /// The depth for a terminal reporting `colors` colours (ncurses `COLORS`).
    public init(colorCount: Int) {
        switch colorCount {
        case 256...: self = .indexed256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .monochrome
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension TerminalColor {
    /// This colour fitted to `depth`: the nearest colour the terminal can show.
    public func fitted(to depth: ColorDepth) -> TerminalColor {
        switch (self, depth) {
        case (.default, _), (_, .monochrome):
            return .default
        case (.indexed(let i), .indexed256):
            return .indexed(i)
        case (.rgb(let r, let g, let b), .indexed256):
            return .indexed(Palette.nearest256(r, g, b))
        case (.indexed(let i), .ansi16) where i < 16:
            return .indexed(i)
        case (.indexed(let i), .ansi8) where i < 16:
            return .indexed(i % 8)
        case (_, .ansi16):
            let (r, g, b) = rgbValue
            return .indexed(Palette.nearest(r, g, b, among: 0..<16))
        case (_, .ansi8):
            let (r, g, b) = rgbValue
            return .indexed(Palette.nearest(r, g, b, among: 0..<8))
        }
    }

    /// The colour's 24-bit value (`default` counts as black).
    public var rgbValue: (UInt8, UInt8, UInt8) {
        switch self {
        case .default: return (0, 0, 0)
        case .rgb(let r, let g, let b): return (r, g, b)
        case .indexed(let i): return Palette.rgb(ofIndex: i)
        }
    }
}

/// The xterm 256-colour palette and nearest-colour search.
enum Palette {
    static let ansi: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    static func rgb(ofIndex index: UInt8) -> (UInt8, UInt8, UInt8) {
        let i = Int(index)
        if i < 16 { return ansi[i] }
        if i < 232 {
            let n = i - 16
            return (UInt8(cubeLevels[n / 36]), UInt8(cubeLevels[(n / 6) % 6]), UInt8(cubeLevels[n % 6]))
        }
        let level = UInt8(8 + (i - 232) * 10)
        return (level, level, level)
    }

    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return dr * dr * 2 + dg * dg * 4 + db * db * 3
    }

    static func nearest(_ r: UInt8, _ g: UInt8, _ b: UInt8, among range: Range<Int>) -> UInt8 {
        var best = range.lowerBound, bestDistance = Int.max
        for i in range {
            let d = distance((r, g, b), rgb(ofIndex: UInt8(i)))
            if d < bestDistance { best = i; bestDistance = d }
        }
        return UInt8(best)
    }

    /// Nearest among the colour cube and grey ramp (16–255), the entries whose values are fixed.
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        nearest(r, g, b, among: 16..<256)
    }
}
