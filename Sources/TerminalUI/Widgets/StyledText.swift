import PassCore

/// A piece of text and the theme role it is drawn in.
public struct Span: Hashable, Sendable {
    public var text: String
    public var role: ThemeRole

    public init(_ text: String, _ role: ThemeRole = .text) {
        self.text = text
        self.role = role
    }
}

/// One line of styled text.
public typealias StyledLine = [Span]

extension ScreenBuffer {
    /// Draws spans from `point`, skipping the first `skip` cells (horizontal scroll), clipped to `clip`.
    /// Returns the cells drawn.
    @discardableResult
    public mutating func write(_ line: StyledLine, at point: Point, theme: Theme, skip: Int = 0, clip: Rect, background: TerminalColor? = nil) -> Int {
        var x = point.x
        var toSkip = skip
        for span in line {
            guard x < clip.maxX else { break }
            var style = theme[span.role]
            if let background { style.background = background }
            var text = span.text
            if toSkip > 0 {
                var dropped = 0, cells = 0, straddles = false
                DisplayGlyphs.forEach(in: text) { _, w in
                    if cells + w > toSkip {
                        straddles = cells < toSkip
                        return false
                    }
                    cells += w
                    dropped += 1
                    return true
                }
                let total = TextLayout.width(text)
                if cells >= total, !straddles {
                    toSkip -= cells
                    continue
                }
                // A wide grapheme cut by the left edge shows as a space.
                text = (straddles ? " " : "") + String(TextSanitizer.sanitize(text).dropFirst(dropped + (straddles ? 1 : 0)))
                toSkip = 0
            }
            x += write(text, at: Point(x: x, y: point.y), style: style, clip: clip)
        }
        return x - point.x
    }
}
