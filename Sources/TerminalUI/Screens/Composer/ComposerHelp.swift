/// The composer's help beyond its key table: lists, the partner chain, the outline, the
/// preview and the JSON editor. F1 shows them; docs/keys.md is generated from them.
extension ComposerProgram {
    /// The sections docs/keys.md lists for the composer, in order.
    public static var referenceSections: [HelpSection] {
        [keys.help, paletteOnlyHelp, listHelp(keys), outlineHelp, previewHelp(keys), jsonEditorHelp(keys),
         ChoiceCycle(options: [], value: nil, allowsNone: true).keyHelp]
    }

    /// The commands without a key by default, with their names in config.toml.
    static var paletteOnlyHelp: HelpSection {
        HelpSection("Only in the palette (Ctrl-P; config.toml can give them keys)",
                    paletteOnly.map { HelpEntry(keys: "", text: "\($0.title) (`\($0.configName)`)") })
    }

    /// The keys of `command` in `table`, as help shows them ("F7 / Alt-C").
    static func shown(_ command: ComposerCommand, in table: KeyTable<ComposerCommand>) -> String {
        (table.bindings.first { $0.action == command }?.keys ?? []).filter { $0.text == nil }.map(\.description)
            .joined(separator: " / ")
    }

    static func listHelp(_ table: KeyTable<ComposerCommand>) -> HelpSection {
        HelpSection("Lists (partner chain, majors, employment, files)", [
            HelpEntry(keys: shown(.addEntry, in: table), text: "Add an entry to the list the focus is in"),
            HelpEntry(keys: shown(.add, in: table), text: "The add menu: its first line adds an entry to this list"),
            HelpEntry(keys: shown(.delete, in: table), text: "Remove the focused entry (\(shown(.undo, in: table)) undoes)"),
            HelpEntry(keys: shown(.duplicate, in: table), text: "Duplicate the focused entry"),
            HelpEntry(keys: shown(.moveUp, in: table) + " / " + shown(.moveDown, in: table), text: "Move the focused entry"),
            HelpEntry(keys: "Enter", text: "On “Add …”: add an entry; on a transcript: edit its JSON"),
        ])
    }

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

    static func previewHelp(_ table: KeyTable<ComposerCommand>) -> HelpSection {
        HelpSection("Preview (\(shown(.togglePreview, in: table)); beside the form from 140 columns)", [
            HelpEntry(keys: "PgUp / PgDn", text: "Scroll a page"),
            HelpEntry(keys: "Up / Down", text: "Scroll a line"),
            HelpEntry(keys: "Home / End", text: "First or last line"),
            HelpEntry(keys: shown(.togglePreview, in: table), text: "Back to the form (Esc: to the outline)"),
        ])
    }

    /// The JSON editor applies with the save keys and removes with the delete keys.
    static func jsonEditorHelp(_ table: KeyTable<ComposerCommand>) -> HelpSection {
        HelpSection("Transcript JSON editor (Enter on Transcript)", [
            HelpEntry(keys: shown(.save, in: table), text: "Apply the JSON (only when it parses)"),
            HelpEntry(keys: shown(.delete, in: table), text: "Remove the transcript"),
            HelpEntry(keys: "Esc", text: "Leave it as it was"),
        ])
    }
}
