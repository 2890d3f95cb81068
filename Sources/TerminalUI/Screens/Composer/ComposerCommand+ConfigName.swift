extension ComposerCommand {
    /// The command's name in config.toml's `[keys]` and in `seekpass-composer keys`.
    public var configName: String {
        switch self {
        case .help: "help"
        case .palette: "palette"
        case .quit: "quit"
        case .nextField: "next-field"
        case .previousField: "previous-field"
        case .nextPane: "next-pane"
        case .previousPane: "previous-pane"
        case .nextProblem: "next-problem"
        case .previousProblem: "previous-problem"
        case .add: "add"
        case .addEntry: "add-entry"
        case .delete: "delete"
        case .duplicate: "duplicate"
        case .moveUp: "move-up"
        case .moveDown: "move-down"
        case .undo: "undo"
        case .redo: "redo"
        case .togglePreview: "preview"
        case .save: "save"
        case .saveAs: "save-as"
        case .open: "open"
        case .export: "export"
        case .copyAsCurl: "copy-as-curl"
        case .newBatch: "new-batch"
        case .newSingle: "new-single"
        case .newCareerHistory: "new-career-history"
        case .submit: "submit"
        case .endpoints: "endpoint"
        case .demoFaults: "faults"
        case .history: "history"
        }
    }

    /// The command config.toml names `name`.
    public init?(configName name: String) {
        guard let found = Self.allCases.first(where: { $0.configName == name }) else { return nil }
        self = found
    }
}
