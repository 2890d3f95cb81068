/// A named set of styles, one per ``ThemeRole``, and the glyphs to draw with.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var description: String
    public var styles: [ThemeRole: Style]
    public var glyphs: GlyphSet

    public init(name: String, description: String = "", styles: [ThemeRole: Style], glyphs: GlyphSet = .unicode) {
        self.name = name
        self.description = description
        self.styles = styles
        self.glyphs = glyphs
    }

    /// The style for `role` (the text style when the theme leaves it out).
    public subscript(role: ThemeRole) -> Style {
        styles[role] ?? styles[.text] ?? .plain
    }

    /// The same theme drawing with other glyphs.
    public func with(glyphs: GlyphSet) -> Theme {
        var copy = self
        copy.glyphs = glyphs
        return copy
    }

    /// The shipped default theme, built in; used whenever another theme cannot be loaded.
    public static let fallback: Theme = {
        (try? ThemeParser.parse(EmbeddedThemes.text["default"] ?? "", name: "default", file: "default.toml"))
            ?? Theme(name: "default", styles: [:])
    }()

    /// The shipped monochrome theme, built in: attributes only.
    public static let monochrome: Theme = {
        (try? ThemeParser.parse(EmbeddedThemes.text["monochrome"] ?? "", name: "monochrome", file: "monochrome.toml"))
            ?? Theme(name: "monochrome", styles: [:])
    }()
}
