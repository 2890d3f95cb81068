import PassCore

/// A screen's key table with `config.toml`'s `[keys]` applied: the table that handles keys,
/// help, the palette, the bottom line and `seekpass-composer keys` read.
///
/// A remapped action's keys replace its defaults. A setting that cannot be used — an unknown
/// action, a key that is not a key or that a text field needs, a key that another action
/// has (by default or by another setting) — becomes a problem naming the file, the line and
/// the action, and that action keeps its defaults.
public struct KeyMap<Action: Hashable & Sendable>: Sendable {
    /// The table in effect.
    public var table: KeyTable<Action>
    /// The settings that were not used, in the order of the file.
    public var problems: [TOMLError]
    /// The line of config.toml that set each remapped action's keys.
    public var remappedAt: [Action: Int]

    /// What the remapping needs to know about a screen's actions.
    public struct Names: Sendable {
        /// Every action with its config name, in the order `keys` lists them.
        public var all: [(action: Action, name: String)]
        /// Keys no action may take, with what they do instead ("End of line in text fields").
        public var reserved: [Key: String]
        /// The help words of an action bound to `keys`.
        public var describe: @Sendable (Action, [Key]) -> String

        public init(all: [(action: Action, name: String)], reserved: [Key: String],
                    describe: @escaping @Sendable (Action, [Key]) -> String) {
            self.all = all
            self.reserved = reserved
            self.describe = describe
        }

        func action(named name: String) -> Action? { all.first { $0.name == name }?.action }
        func name(of action: Action) -> String { all.first { $0.action == action }?.name ?? "\(action)" }
    }

    /// The defaults alone.
    public init(defaults: KeyTable<Action>) {
        table = defaults
        problems = []
        remappedAt = [:]
    }

    public init(defaults: KeyTable<Action>, settings: [ConfigFile.KeySetting], file: String, names: Names) {
        var problems: [TOMLError] = []
        var wanted: [Action: (keys: [Key], line: Int)] = [:]
        let defaultKeys = Dictionary(defaults.bindings.map { ($0.action, $0.keys) }, uniquingKeysWith: { first, _ in first })
        let everyDefault = Set(defaults.bindings.flatMap(\.keys))

        func problem(_ setting: ConfigFile.KeySetting, _ message: String) {
            problems.append(TOMLError(file: file, line: setting.line, key: setting.action, message: message))
        }
        func keeping(_ action: Action?) -> String {
            guard let action, let keys = defaultKeys[action], !keys.isEmpty else { return "" }
            return "; \(names.name(of: action)) keeps " + keys.map(\.description).joined(separator: " / ")
        }

        settings: for setting in settings {
            guard let action = names.action(named: setting.action) else {
                let guess = Suggestion.closest(to: setting.action, in: names.all.map(\.name))
                problem(setting, "no such action" + (guess.map { "; did you mean \($0)?" } ?? "")
                        + " The actions are: " + names.all.map(\.name).joined(separator: ", "))
                continue
            }
            var keys: [Key] = []
            for text in setting.keys {
                let key: Key
                do {
                    key = try Key(configName: text)
                } catch {
                    problem(setting, error.message + keeping(action))
                    continue settings
                }
                if !everyDefault.contains(key), let use = names.reserved[key] {
                    problem(setting, "\(key.configName) is \(use); choose another key" + keeping(action))
                    continue settings
                }
                if !keys.contains(key) { keys.append(key) }
            }
            wanted[action] = (keys, setting.line)
        }

        // One key does one thing. A setting whose key another action has (by default, or by
        // another setting) is not used; dropping it can free or take keys, so look again.
        var reported: Set<Action> = []
        while true {
            func effective(_ action: Action) -> [Key] { wanted[action]?.keys ?? defaultKeys[action] ?? [] }
            var owners: [Key: [Action]] = [:]
            for binding in defaults.bindings {
                for key in effective(binding.action) { owners[key, default: []].append(binding.action) }
            }
            var dropped: [Action] = []
            for binding in defaults.bindings {
                guard let remap = wanted[binding.action] else { continue }
                for key in remap.keys {
                    let others = (owners[key] ?? []).filter { $0 != binding.action }
                    guard let other = others.first else { continue }
                    if !reported.contains(binding.action) {
                        let whose = wanted[other].map { "\(names.name(of: other))'s key too (line \($0.line))" }
                            ?? "the key of \(names.name(of: other))"
                        problems.append(TOMLError(file: file, line: remap.line, key: names.name(of: binding.action),
                                                  message: "\(key.configName) is \(whose); one key does one thing" + keeping(binding.action)))
                        reported.insert(binding.action)
                    }
                    dropped.append(binding.action)
                    break
                }
            }
            if dropped.isEmpty { break }
            for action in dropped { wanted[action] = nil }
        }

        var table = defaults
        for index in table.bindings.indices {
            let action = table.bindings[index].action
            guard let remap = wanted[action] else { continue }
            table.bindings[index].keys = remap.keys
            table.bindings[index].help = names.describe(action, remap.keys)
        }
        self.table = table
        self.problems = problems.sorted { $0.line < $1.line }
        self.remappedAt = wanted.mapValues(\.line)
    }
}
