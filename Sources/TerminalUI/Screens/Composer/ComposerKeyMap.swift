import PassCore

/// The composer's keys in effect: the defaults (``ComposerProgram/keys``) with the `[keys]`
/// table of config.toml applied.
public enum ComposerKeyMap {
    /// What the remapping needs to know about the composer's commands.
    public static let names = KeyMap<ComposerCommand>.Names(
        all: ComposerCommand.allCases.map { ($0, $0.configName) },
        reserved: reservedKeys,
        describe: { command, keys in ComposerProgram.help(command, keys) })

    /// Keys that no command may take: the run loop's, and the keys a text field edits with
    /// (a command's key is read before the focused field's).
    static let reservedKeys: [Key: String] = {
        var reserved: [Key: String] = [:]
        let editing = DateInput.keys.bindings.map { ($0.keys, $0.help) } + TextInput.keys.bindings.map { ($0.keys, $0.help) }
        for (keys, help) in editing {
            for key in keys { reserved[key] = help.lowercasedFirst + " in text fields" }
        }
        reserved[.enter] = "confirm and open in forms and menus"
        reserved[.escape] = "back to the outline, and closes menus"
        reserved[.ctrl("c")] = "quit, everywhere"
        return reserved
    }()

    /// The key map of `file`'s `[keys]` (the defaults alone when it sets none); the
    /// file's own problems (syntax) are not among its problems.
    public static func load(_ file: ConfigFile) -> KeyMap<ComposerCommand> {
        KeyMap(defaults: ComposerProgram.keys, settings: file.keys, file: file.path, names: names)
    }
}

extension String {
    /// The text with its first letter in lower case ("Start of line" → "start of line").
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}

extension ComposerKeyMap {
    /// The key map of the config file at `path`: its `[keys]`, and every problem of the file
    /// (syntax included) in the order of its lines.
    public static func load(path: String) -> KeyMap<ComposerCommand> {
        let file = ConfigFile.load(path)
        var map = load(file)
        map.problems = (file.problems + map.problems).sorted { $0.line < $1.line }
        return map
    }

    /// What the composer says at start about settings it did not use.
    public static func notice(_ map: KeyMap<ComposerCommand>, file: String) -> String? {
        guard !map.problems.isEmpty else { return nil }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return "Keys of \(file) not used; those commands keep their default keys:\n"
            + map.problems.map { problem in
                var short = problem
                short.file = name
                return short.description
            }.joined(separator: "\n")
    }
}
