/// Keys the run loop handles for every program, whatever its screen.
public enum LoopKeys {
    public static let help = HelpSection("Everywhere", [
        HelpEntry(keys: "Ctrl-C", text: "Quit; asks first when there is unsaved work (a second Ctrl-C quits)"),
        HelpEntry(keys: "Ctrl-Q", text: "Quit (the same question), also while the terminal is too small"),
    ])
}
