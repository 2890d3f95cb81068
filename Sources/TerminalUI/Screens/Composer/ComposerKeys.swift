/// What the composer's own keys do.
public enum ComposerCommand: String, Sendable, CaseIterable {
    case help, palette, quit
    case nextField, previousField, nextPane, previousPane
    case nextProblem, previousProblem
    case add, addEntry, delete, duplicate, moveUp, moveDown
    case undo, redo
    case togglePreview
    case save, saveAs, open, export, copyAsCurl
    case newBatch, newSingle, newCareerHistory
    case submit
    case endpoints
    case demoFaults
    case history

    /// The words the command palette and help show.
    public var title: String {
        switch self {
        case .help: "Show every key of this screen"
        case .palette: "Command palette: every command by name"
        case .quit: "Quit (asks first when the document is not saved to a file)"
        case .nextField: "Next field"
        case .previousField: "Previous field"
        case .nextPane: "Next pane (credentials, form, preview)"
        case .previousPane: "Previous pane"
        case .nextProblem: "Go to the next problem"
        case .previousProblem: "Go to the previous problem"
        case .add: "Add a credential (or, in a list, a new entry)"
        case .addEntry: "Add an entry to the list the focus is in"
        case .delete: "Delete this list entry, or this credential (Ctrl-Z undoes)"
        case .duplicate: "Duplicate this list entry or credential"
        case .moveUp: "Move this list entry or credential up"
        case .moveDown: "Move this list entry or credential down"
        case .undo: "Undo"
        case .redo: "Redo"
        case .togglePreview: "Show or hide the JSON preview"
        case .save: "Save the payload to its file"
        case .saveAs: "Save the payload to a new file"
        case .open: "Open a payload file"
        case .export: "Export the body to a file (the document keeps its own file)"
        case .copyAsCurl: "Copy as curl: write the body to a file and show the curl command"
        case .newBatch: "New batch"
        case .newSingle: "New single L&D request"
        case .newCareerHistory: "New career-history request"
        case .submit: "Submit (only when there are no errors)"
        case .endpoints: "Choose where requests go (sandbox or a profile)"
        case .demoFaults: "Demo faults of the embedded sandbox (latency, 5xx, dropped or expired uploads)"
        case .history: "Sent requests: did the holder accept? (live status, QR code again, send again)"
        }
    }
}

extension ComposerProgram {
    /// The composer's key table: what handles keys reads it, and so do help and docs/keys.md.
    public static let keys = KeyTable<ComposerCommand>("Composer", [
        KeyBinding([.f(1), .char("?")], .help, ComposerCommand.help.title + " (? only outside text fields)"),
        KeyBinding(.ctrl("p"), .palette, ComposerCommand.palette.title),
        KeyBinding(.ctrl("q"), .quit, ComposerCommand.quit.title),
        KeyBinding([.tab, .down], .nextField, ComposerCommand.nextField.title),
        KeyBinding([.backTab, .up], .previousField, ComposerCommand.previousField.title),
        KeyBinding(.f(6), .nextPane, ComposerCommand.nextPane.title),
        KeyBinding(Key(.function(6), .shift), .previousPane, ComposerCommand.previousPane.title),
        KeyBinding(.f(4), .nextProblem, ComposerCommand.nextProblem.title),
        KeyBinding(Key(.function(4), .shift), .previousProblem, ComposerCommand.previousProblem.title),
        KeyBinding(.f(7), .add, ComposerCommand.add.title),
        KeyBinding(.insert, .addEntry, ComposerCommand.addEntry.title),
        KeyBinding(.f(8), .delete, ComposerCommand.delete.title),
        KeyBinding(.f(9), .duplicate, ComposerCommand.duplicate.title),
        KeyBinding(Key.up.with(.alt), .moveUp, ComposerCommand.moveUp.title),
        KeyBinding(Key.down.with(.alt), .moveDown, ComposerCommand.moveDown.title),
        KeyBinding(.ctrl("z"), .undo, ComposerCommand.undo.title),
        KeyBinding(.ctrl("y"), .redo, ComposerCommand.redo.title),
        KeyBinding(.f(5), .togglePreview, ComposerCommand.togglePreview.title),
        KeyBinding(.f(2), .save, ComposerCommand.save.title),
        KeyBinding(Key(.function(2), .shift), .saveAs, ComposerCommand.saveAs.title),
        KeyBinding(.f(3), .open, ComposerCommand.open.title),
        KeyBinding(.f(10), .submit, ComposerCommand.submit.title),
        KeyBinding(.f(11), .endpoints, ComposerCommand.endpoints.title),
        KeyBinding(.f(12), .demoFaults, ComposerCommand.demoFaults.title),
        KeyBinding(.ctrl("r"), .history, ComposerCommand.history.title),
    ])

    /// Commands reachable only from the palette.
    static let paletteOnly: [ComposerCommand] = [.export, .copyAsCurl, .newBatch, .newSingle, .newCareerHistory]

    /// Hints on the bottom line, in the order shown.
    static let hints: [(String, String)] = [
        ("F1", "Help"), ("F2", "Save"), ("F3", "Open"), ("F4", "Next problem"), ("F5", "Preview"),
        ("F7", "Add"), ("F8", "Delete"), ("F10", "Submit"), ("Ctrl-P", "Commands"), ("Ctrl-Q", "Quit"),
    ]

    /// Which hints stay when the line is short, most needed first: at 80 columns the
    /// palette (everything else by name) is still announced.
    static let hintPriority = ["F1", "F2", "F4", "F5", "F7", "Ctrl-P", "F3", "F10", "F8", "Ctrl-Q"]

    /// Shorter words for hints on a short line.
    static let shortHints = ["Ctrl-P": "More"]

    /// The hints that fit in `width` columns (one space before each, one between keys and text),
    /// in the order shown; a hint that does not fit takes its shorter words if it has them.
    static func hints(fitting width: Int) -> [(String, String)] {
        var used = 0
        var kept: [String: String] = [:]
        for keys in hintPriority {
            guard let hint = hints.first(where: { $0.0 == keys }) else { continue }
            for text in [hint.1, shortHints[keys]].compactMap({ $0 }) {
                let cost = 1 + TextLayout.width(hint.0) + 1 + TextLayout.width(text)
                if used + cost <= width {
                    used += cost
                    kept[keys] = text
                    break
                }
            }
        }
        return hints.compactMap { hint in kept[hint.0].map { (hint.0, $0) } }
    }
}
