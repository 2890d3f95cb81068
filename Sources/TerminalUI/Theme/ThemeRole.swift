/// What a piece of the screen is; a theme gives each role a style.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    /// Ordinary text and the screen's background.
    case text
    /// Secondary text: labels, hints, placeholders.
    case muted
    /// Frames and separators.
    case border
    /// Titles of screens, panels and dialogs.
    case title
    /// The focused control that is not a text field (buttons, list rows, toggles).
    case focus
    /// An input field without focus.
    case field
    /// The input field that has focus.
    case fieldFocused = "field-focused"
    case error
    case warning
    case ok
    /// Selected rows and chosen options.
    case selection
    case jsonKey = "json-key"
    case jsonString = "json-string"
    case jsonNumber = "json-number"
    /// `true`, `false`, `null`.
    case jsonLiteral = "json-literal"
    /// Braces, brackets, colons and commas.
    case jsonPunctuation = "json-punctuation"
    /// The filled part of a progress bar.
    case progressBar = "progress-bar"
    /// The empty part of a progress bar.
    case progressTrack = "progress-track"

    /// The name theme files use for this role.
    public var name: String { rawValue }
}
