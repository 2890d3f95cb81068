/// The shipped themes, built into the binary so it works wherever it is installed.
/// Kept identical to the files in `themes/` (a test compares them).
enum EmbeddedThemes {
    /// Shipped theme names, in the order the gallery cycles them.
    static let names = ["default", "light", "high-contrast", "monochrome"]

    static let text: [String: String] = [
        "default": #"""
# seekpass-composer theme "default": for dark terminals.
# Text keeps the terminal's own colours; fields sit on a dark grey, focus is cyan.
name = "default"
description = "Dark terminals: your own background, cyan focus"

[text]
fg = "default"
bg = "default"

[muted]
fg = 245

[border]
fg = 240

[title]
fg = "bright-white"
bold = true

[focus]
fg = "black"
bg = "cyan"
bold = true

[field]
fg = "white"
bg = 236

[field-focused]
fg = "bright-white"
bg = "#005f87"
bold = true

[error]
fg = "bright-red"
bold = true

[warning]
fg = "yellow"

[ok]
fg = "green"

[selection]
fg = "black"
bg = "#87afd7"

[json-key]
fg = "#87afff"

[json-string]
fg = "#afd787"

[json-number]
fg = "#d7af5f"

[json-literal]
fg = "#d787d7"

[json-punctuation]
fg = 244

[progress-bar]
fg = "#00af87"

[progress-track]
fg = 238
"""#,
        "light": #"""
# seekpass-composer theme "light": for light terminals.
# Text keeps the terminal's own colours; darker accents that stay readable on white.
name = "light"
description = "Light terminals: your own background, blue focus"

[text]
fg = "default"
bg = "default"

[muted]
fg = 243

[border]
fg = 248

[title]
fg = "#005f87"
bold = true

[focus]
fg = "bright-white"
bg = "#005f87"
bold = true

[field]
fg = "black"
bg = 254

[field-focused]
fg = "black"
bg = "#ffffaf"
underline = true

[error]
fg = "#af0000"
bold = true

[warning]
fg = "#875f00"

[ok]
fg = "#005f00"

[selection]
fg = "black"
bg = "#afd7ff"

[json-key]
fg = "#005faf"

[json-string]
fg = "#008700"

[json-number]
fg = "#af5f00"

[json-literal]
fg = "#870087"

[json-punctuation]
fg = 244

[progress-bar]
fg = "#0087af"

[progress-track]
fg = 252
"""#,
        "high-contrast": #"""
# seekpass-composer theme "high-contrast": bright colours on black, bold marks.
# Uses only the 16 ANSI colours so every terminal shows it the same.
name = "high-contrast"
description = "Bright on black, only the 16 ANSI colours"

[text]
fg = "bright-white"
bg = "black"

[muted]
fg = "white"

[border]
fg = "bright-white"

[title]
fg = "bright-yellow"
bold = true

[focus]
fg = "black"
bg = "bright-yellow"
bold = true

[field]
fg = "bright-white"
bg = "black"
underline = true

[field-focused]
fg = "black"
bg = "bright-white"
bold = true

[error]
fg = "bright-red"
bold = true
underline = true

[warning]
fg = "bright-yellow"
bold = true

[ok]
fg = "bright-green"
bold = true

[selection]
fg = "black"
bg = "bright-cyan"
bold = true

[json-key]
fg = "bright-cyan"
bold = true

[json-string]
fg = "bright-green"

[json-number]
fg = "bright-yellow"

[json-literal]
fg = "bright-magenta"

[json-punctuation]
fg = "bright-white"

[progress-bar]
fg = "bright-green"

[progress-track]
fg = "white"
"""#,
        "monochrome": #"""
# seekpass-composer theme "monochrome": no colour at all, attributes only.
# Used whenever NO_COLOR is set or the terminal has no colours.
name = "monochrome"
description = "No colour: bold, dim, underline and reverse only"

[text]
fg = "default"
bg = "default"

[muted]
dim = true

[border]
dim = true

[title]
bold = true

[focus]
reverse = true
bold = true

[field]
underline = true

[field-focused]
reverse = true

[error]
bold = true
underline = true

[warning]
bold = true

[ok]

[selection]
reverse = true

[json-key]
bold = true

[json-string]

[json-number]

[json-literal]
underline = true

[json-punctuation]
dim = true

[progress-bar]
bold = true

[progress-track]
dim = true
"""#,
    ]
}
