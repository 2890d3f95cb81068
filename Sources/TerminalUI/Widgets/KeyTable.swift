/// One entry of a key table: the keys, what they do, and the words help shows.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: String

    public init(_ keys: [Key], _ action: Action, _ help: String) {
        self.keys = keys
        self.action = action
        self.help = help
    }

    public init(_ key: Key, _ action: Action, _ help: String) {
        self.init([key], action, help)
    }
}

/// The single table of keys for a screen or widget: what handles keys reads it, and so does help.
public struct KeyTable<Action: Sendable>: Sendable {
    public var title: String
    public var bindings: [KeyBinding<Action>]

    public init(_ title: String, _ bindings: [KeyBinding<Action>]) {
        self.title = title
        self.bindings = bindings
    }

    /// The action bound to `key`, if any (the first binding wins).
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The table as help shows it.
    public var help: HelpSection {
        HelpSection(title, bindings.map { HelpEntry(keys: $0.keys.map(\.description).joined(separator: " / "), text: $0.help) })
    }
}

/// A line of help: keys and what they do.
public struct HelpEntry: Hashable, Sendable {
    public var keys: String
    public var text: String

    public init(keys: String, text: String) {
        self.keys = keys
        self.text = text
    }
}

/// A titled group of help lines.
public struct HelpSection: Hashable, Sendable {
    public var title: String
    public var entries: [HelpEntry]

    public init(_ title: String, _ entries: [HelpEntry]) {
        self.title = title
        self.entries = entries
    }
}

extension HelpSection {
    /// The section as a Markdown table, for docs/keys.md.
    public var markdownTable: String {
        var lines = ["| Keys | What they do |", "| --- | --- |"]
        for entry in entries {
            let keys = entry.keys.split(separator: " / ").map { "`\($0.replacing("|", with: "\\|"))`" }.joined(separator: " ")
            lines.append("| \(keys) | \(entry.text.replacing("|", with: "\\|")) |")
        }
        return lines.joined(separator: "\n")
    }
}
