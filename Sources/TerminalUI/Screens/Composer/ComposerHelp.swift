/// The composer's help beyond its key table: lists, the partner chain, the outline, the
/// preview and the JSON editor. F1 shows them; docs/keys.md is generated from them.
extension ComposerProgram {
    /// The sections docs/keys.md lists for the composer, in order.
    public static var referenceSections: [HelpSection] {
        [keys.help, listHelp, outlineHelp, previewHelp, jsonEditorHelp,
         ChoiceCycle(options: [], value: nil, allowsNone: true).keyHelp]
    }

    static let listHelp = HelpSection("Lists (partner chain, majors, employment, files)", [
        HelpEntry(keys: "Insert", text: "Add an entry to the list the focus is in"),
        HelpEntry(keys: "F7", text: "The add menu: its first line adds an entry to this list"),
        HelpEntry(keys: "F8", text: "Remove the focused entry (Ctrl-Z undoes)"),
        HelpEntry(keys: "F9", text: "Duplicate the focused entry"),
        HelpEntry(keys: "Alt-Up / Alt-Down", text: "Move the focused entry"),
        HelpEntry(keys: "Enter", text: "On “Add …”: add an entry; on a transcript: edit its JSON"),
    ])

    static let partnerChainHelp = HelpSection("Partner chain", [
        HelpEntry(keys: "", text: "Only intermediaries between you (the integration partner) and the issuer,"),
        HelpEntry(keys: "", text: "parent first (nearest you), child last (nearest the issuer). Never the issuer"),
        HelpEntry(keys: "", text: "(education_provider, issuer_name, test_provider) and never yourself."),
        HelpEntry(keys: "", text: "No intermediaries: leave it empty; it is then not sent."),
    ])

    static let outlineHelp = HelpSection("Outline (credentials)", [
        HelpEntry(keys: "Up / Down", text: "Previous or next credential"),
        HelpEntry(keys: "Enter / Right", text: "Edit the selected credential"),
        HelpEntry(keys: "Delete", text: "Delete the selected credential (Ctrl-Z undoes)"),
        HelpEntry(keys: "Esc", text: "From the form or preview back to the outline"),
    ])

    static let previewHelp = HelpSection("Preview (F5; beside the form from 140 columns)", [
        HelpEntry(keys: "PgUp / PgDn", text: "Scroll a page"),
        HelpEntry(keys: "Up / Down", text: "Scroll a line"),
        HelpEntry(keys: "Home / End", text: "First or last line"),
        HelpEntry(keys: "F5", text: "Back to the form (Esc: to the outline)"),
    ])

    static let jsonEditorHelp = HelpSection("Transcript JSON editor (Enter on Transcript)", [
        HelpEntry(keys: "F2", text: "Apply the JSON (only when it parses)"),
        HelpEntry(keys: "F8", text: "Remove the transcript"),
        HelpEntry(keys: "Esc", text: "Leave it as it was"),
    ])
}
