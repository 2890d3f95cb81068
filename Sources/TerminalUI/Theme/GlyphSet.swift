/// Characters for frames, bars and marks: Unicode where the terminal can show it, ASCII otherwise.
public struct GlyphSet: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// Partial blocks for a progress bar, from one-eighth to full; ASCII has only the full one.
    public var progressBlocks: [Character]
    public var progressTrack: Character
    public var radioOn: String
    public var radioOff: String
    public var checkOn: String
    public var checkOff: String
    public var pointer: Character
    public var ellipsis: String
    public var scrollUp: Character
    public var scrollDown: Character
    public var triStateUnset: String

    public static let unicode = GlyphSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        progressBlocks: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], progressTrack: "░",
        radioOn: "(•)", radioOff: "( )", checkOn: "[x]", checkOff: "[ ]", pointer: "›", ellipsis: "…",
        scrollUp: "▲", scrollDown: "▼", triStateUnset: "—"
    )

    public static let ascii = GlyphSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        progressBlocks: ["#"], progressTrack: "-",
        radioOn: "(*)", radioOff: "( )", checkOn: "[x]", checkOff: "[ ]", pointer: ">", ellipsis: "...",
        scrollUp: "^", scrollDown: "v", triStateUnset: "-"
    )
}
