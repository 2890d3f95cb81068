/// One cell of the screen: a grapheme and its style.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; for the right half of a wide grapheme, a space never drawn.
    public var character: Character
    /// 1 or 2 for a cell that starts a grapheme, 0 for the right half of a wide one.
    public var width: UInt8
    public var style: Style

    public init(_ character: Character = " ", width: UInt8 = 1, style: Style = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    /// The right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }

    public static let blank = Cell()
}
