/// A colour as a theme names it, before it is fitted to what the terminal can show.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 256 indexed colours; 0–15 are the named ANSI colours.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// The sixteen ANSI colour names, index order; `bright-` variants are 8–15.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Parses `default`, an ANSI name (`red`, `bright-red`, `grey`), `#rrggbb` or an index text `0`…`255`.
    public init?(name: String) {
        let text = name.trimmingWhitespace().lowercased().replacing("_", with: "-")
        if text == "default" || text == "none" {
            self = .default
        } else if let index = Self.ansiNames.firstIndex(of: text) {
            self = .indexed(UInt8(index))
        } else if text == "grey" || text == "gray" {
            self = .indexed(8)
        } else if text.hasPrefix("bright") && !text.hasPrefix("bright-"),
                  let index = Self.ansiNames.firstIndex(of: "bright-" + text.dropFirst(6)) {
            self = .indexed(UInt8(index))
        } else if text.hasPrefix("#"), text.count == 7, let value = UInt32(text.dropFirst(), radix: 16) {
            self = .rgb(UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        } else if let index = Int(text), (0...255).contains(index) {
            self = .indexed(UInt8(index))
        } else {
            return nil
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
