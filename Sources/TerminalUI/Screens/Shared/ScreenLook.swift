import ComposerKit

/// What every screen draws with that the router owns: the theme, the phase of the spinners
/// and the notice the message line says.
struct ScreenLook {
    var theme: Theme
    /// Advances on every tick while something animates.
    var phase: Int
    /// The message line's notice, when there is one; else each screen says its own.
    var notice: Notice?

    var marks: Marks { Marks(theme) }

    /// The message line's text and role for the notice, when there is one.
    var noticeLine: (text: String, role: ThemeRole)? {
        guard let notice else { return nil }
        return (notice.text, notice.level == .error ? .error : (notice.level == .warning ? .warning : .text))
    }
}

/// The message line and the key line at the bottom of a full screen.
struct BottomLines {
    var message: Rect
    var hints: Rect

    init(size: Size) {
        let (_, bottom) = Rect(size: size).splitBottom(2)
        message = bottom.row(0)
        hints = bottom.row(1)
    }
}

/// A line of key hints from the left: each key, then what it does; those that do not fit are left off.
struct KeyHintLine {
    var hints: [(String, String)]

    func render(into frame: inout ScreenBuffer, rect: Rect, theme: Theme) {
        frame.fill(rect, style: theme[.text])
        var x = rect.x
        for (keys, text) in hints {
            if x + TextLayout.width(keys) + TextLayout.width(text) + 3 > rect.maxX { break }
            x += 1
            x += frame.write(keys, at: Point(x: x, y: rect.y), style: theme[.title])
            x += 1
            x += frame.write(text, at: Point(x: x, y: rect.y), style: theme[.muted])
            x += 1
        }
    }
}
