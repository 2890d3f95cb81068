/// What the gallery's own keys do.
public enum GalleryAction: Sendable {
    case help, nextTheme, previousTheme, toggleUpload, messageDialog, confirmDialog, quit
}

extension GalleryProgram {
    /// The gallery's key table: the help overlay and docs/keys.md are built from it.
    public static let keys = KeyTable<GalleryAction>("Gallery", [
        KeyBinding([.f(1), .char("?")], .help, "Show every key of this screen (? only outside text fields)"),
        KeyBinding(.f(2), .nextTheme, "Next theme (live preview)"),
        KeyBinding(Key(.function(2), .shift), .previousTheme, "Previous theme"),
        KeyBinding(.f(5), .toggleUpload, "Start or pause the demo upload"),
        KeyBinding(.f(7), .messageDialog, "Show a message dialog"),
        KeyBinding(.f(8), .confirmDialog, "Show a confirm dialog (reset the form)"),
        KeyBinding(.ctrl("q"), .quit, "Quit (asks first when something was typed)"),
    ])

    /// Hints on the status line.
    static let hints: [(String, String)] = [("F1", "Help"), ("F2", "Theme"), ("F5", "Upload"), ("F7", "Dialog"), ("Ctrl-Q", "Quit")]
}
