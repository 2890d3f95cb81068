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
    /// The composer's default key table: what handles keys reads it (with config.toml's
    /// remapping, ``ComposerKeyMap``), and so do help and docs/keys.md. Every command with a
    /// function key has a Ctrl or Alt chord beside it, for terminals that take function keys.
    public static let keys = KeyTable<ComposerCommand>("Composer", [
        binding(.help, [.f(1), .char("?"), .alt("k")]),
        binding(.palette, [.ctrl("p")]),
        binding(.quit, [.ctrl("q")]),
        binding(.nextField, [.tab, .down]),
        binding(.previousField, [.backTab, .up]),
        binding(.nextPane, [.f(6), .ctrl("l")]),
        binding(.previousPane, [Key(.function(6), .shift), .alt("l")]),
        binding(.nextProblem, [.f(4), .ctrl("n")]),
        binding(.previousProblem, [Key(.function(4), .shift), .alt("n")]),
        binding(.add, [.f(7), .alt("c")]),
        binding(.addEntry, [.insert, .alt("i")]),
        binding(.delete, [.f(8), .alt("x")]),
        binding(.duplicate, [.f(9), .alt("m")]),
        binding(.moveUp, [Key.up.with(.alt)]),
        binding(.moveDown, [Key.down.with(.alt)]),
        binding(.undo, [.ctrl("z")]),
        binding(.redo, [.ctrl("y")]),
        binding(.togglePreview, [.f(5), .ctrl("t")]),
        binding(.save, [.f(2), .alt("w")]),
        binding(.saveAs, [Key(.function(2), .shift), .alt("W")]),
        binding(.open, [.f(3), .alt("o")]),
        binding(.submit, [.f(10), .alt("g")]),
        binding(.endpoints, [.f(11), .alt("u")]),
        binding(.demoFaults, [.f(12), .ctrl("f")]),
        binding(.history, [.ctrl("r")]),
    ])

    /// Commands reachable only from the palette (config.toml can give them keys).
    static let paletteOnly: [ComposerCommand] = [.export, .copyAsCurl, .newBatch, .newSingle, .newCareerHistory]

    /// A binding of `command` to `keys`, with the words help shows.
    static func binding(_ command: ComposerCommand, _ keys: [Key]) -> KeyBinding<ComposerCommand> {
        KeyBinding(keys, command, help(command, keys))
    }

    /// What help says of `command` bound to `keys`: its title, and which keys are letters
    /// that act only outside text fields.
    static func help(_ command: ComposerCommand, _ keys: [Key]) -> String {
        let letters = keys.filter { $0.text != nil }.map(\.description)
        guard !letters.isEmpty else { return command.title }
        return command.title + " (\(letters.joined(separator: ", ")) only outside text fields)"
    }

    /// The commands the bottom line announces, in the order shown, with their words and shorter words.
    static let hintCommands: [(command: ComposerCommand, words: String, short: String?)] = [
        (.help, "Help", nil), (.save, "Save", nil), (.open, "Open", nil), (.nextProblem, "Next problem", "Problem"),
        (.togglePreview, "Preview", nil), (.add, "Add", nil), (.delete, "Delete", nil), (.submit, "Submit", nil),
        (.palette, "Commands", "More"), (.quit, "Quit", nil),
    ]

    /// Which hints stay when the line is short, most needed first: at 80 columns the
    /// palette (everything else by name) is still announced.
    static let hintPriority: [ComposerCommand] = [.help, .palette, .save, .nextProblem, .togglePreview, .add, .open, .submit,
                                                  .delete, .quit]

    /// The keys a hint shows: the first function key and the first chord ("F4/Ctrl-N"), or the
    /// chord alone; letters that are text in a field are left out.
    static func hintKeys(_ keys: [Key], chordOnly: Bool) -> String? {
        let usable = keys.filter { $0.text == nil }
        let function = usable.first { if case .function = $0.code { true } else { false } }
        let chord = usable.first { if case .function = $0.code { false } else { true } }
        let shown = chordOnly ? [chord ?? function] : [function, chord]
        let text = shown.compactMap { $0?.description }.joined(separator: "/")
        return text.isEmpty ? keys.first?.description : text
    }

    /// The hints of `table` that fit in `width` columns (one space before each, one between
    /// keys and words), in the order shown, but for the commands `left`. Function keys are shown beside the chords when
    /// that keeps as many hints as the chords alone; a hint takes its shorter words rather than
    /// leave the line.
    static func hints(fitting width: Int, table: KeyTable<ComposerCommand>,
                      leaving left: Set<ComposerCommand> = []) -> [(String, String)] {
        func fit(chordOnly: Bool) -> [(String, String)] {
            var chosen: [ComposerCommand: (keys: String, words: String)] = [:]
            var used = 0
            func cost(_ keys: String, _ words: String) -> Int { 1 + TextLayout.width(keys) + 1 + TextLayout.width(words) }
            for command in hintPriority where !left.contains(command) {
                guard let hint = hintCommands.first(where: { $0.command == command }),
                      let keys = hintKeys(table.bindings.first { $0.action == command }?.keys ?? [], chordOnly: chordOnly)
                else { continue }
                let words = hint.short ?? hint.words
                if used + cost(keys, words) <= width {
                    used += cost(keys, words)
                    chosen[command] = (keys, words)
                }
            }
            // Then the full words where they fit, in the order shown.
            for hint in hintCommands {
                guard let current = chosen[hint.command], current.words != hint.words else { continue }
                let extra = TextLayout.width(hint.words) - TextLayout.width(current.words)
                if used + extra <= width {
                    used += extra
                    chosen[hint.command] = (current.keys, hint.words)
                }
            }
            return hintCommands.compactMap { hint in chosen[hint.command].map { ($0.keys, $0.words) } }
        }
        let both = fit(chordOnly: false)
        let chords = fit(chordOnly: true)
        return both.count >= chords.count ? both : chords
    }
}
