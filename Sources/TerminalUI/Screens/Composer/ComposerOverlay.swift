import ComposerKit
import PassCore

/// What sits over any screen, taking the keys until it closes.
enum ComposerOverlay: Sendable {
    case help(HelpOverlay)
    case palette(CommandPalette)
}

/// What sits over the compose screen, taking the keys until it closes.
enum ComposeOverlay: Sendable {
    case addMenu(AddMenu)
    case path(PathPrompt)
    case json(JSONEditor)
    /// The drafts and recent files offered at start.
    case start(StartList)
}

/// What the add menu adds: an entry to the list the focus is in, or a credential.
enum AddChoice: Hashable, Sendable {
    case entry(list: JSONPath)
    case credential(BatchSection)
}

/// The menu F7 opens in a batch: every credential type, and first, when the
/// focus is in a list (partner chain, files, majors…), a new entry of that
/// list. A credential type stays highlighted, so F7 Enter always adds the
/// same thing wherever the focus is.
struct AddMenu: Sendable {
    static let sections = BatchSection.allCases.filter { $0 != .digitalIdentity }

    var list: ChoiceList<AddChoice>

    /// - Parameter entry: the list the focus is in, what one entry is called, and the list's label.
    init(entry: (list: JSONPath, noun: String, label: String)? = nil) {
        var options = Self.sections.map { ChoiceList<AddChoice>.Option($0.title, .credential($0)) }
        if let entry {
            options.insert(.init("A new \(entry.noun) in \(entry.label)", .entry(list: entry.list)), at: 0)
        }
        list = ChoiceList(options: options, selected: .credential(.education), viewportHeight: options.count)
    }
}

/// Every command by name, filtered as you type.
struct CommandPalette: Sendable {
    var filter = TextInput(placeholder: "type to filter commands")
    var selected = 0
    /// The keys in effect, shown beside each command.
    var keyTable = ComposerProgram.keys

    /// What people open the palette for first (files, export, new documents), then every other command.
    static let commands: [ComposerCommand] = {
        let first: [ComposerCommand] = [.save, .saveAs, .open, .export, .copyAsCurl, .newBatch, .newSingle,
                                        .newCareerHistory, .submit]
        let rest = ComposerProgram.keys.bindings.map(\.action).filter { !first.contains($0) && $0 != .palette }
        return first + rest + ComposerProgram.paletteOnly.filter { !first.contains($0) }
    }()

    var matches: [ComposerCommand] {
        let words = filter.text.lowercased().split(separator: " ")
        return Self.commands.filter { command in
            let title = command.title.lowercased()
            return words.allSatisfy { title.contains($0) }
        }
    }

    /// The keys bound to a command, for showing beside it.
    func keys(of command: ComposerCommand) -> String {
        keyTable.bindings.first { $0.action == command }?.keys.map(\.description).joined(separator: " / ") ?? ""
    }
}

/// A prompt for a file path, with completion.
struct PathPrompt: Sendable {
    enum Purpose: Sendable { case open, saveAs, export, curlBody }

    var purpose: Purpose
    var input: TextInput
    var candidates: [String] = []

    init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.input = TextInput(text, placeholder: "path/to/file.json")
    }

    /// Tab: the longest common continuation, and the candidates when there are several.
    mutating func take(_ result: PathCompletion) {
        input.text = result.completed
        candidates = result.candidates.count > 1 ? result.candidates : []
    }

    /// What writing the path is for, when it is written.
    var writePurpose: WritePurpose? {
        switch purpose {
        case .open: nil
        case .saveAs: .save
        case .export: .export
        case .curlBody: .curlBody
        }
    }

    var title: String {
        switch purpose {
        case .open: "Open a payload file"
        case .saveAs: "Save the payload as"
        case .export: "Export the body to"
        case .curlBody: "Write the body for curl to"
        }
    }
}

/// The transcript (or any JSON value) edited as text, checked as you type.
struct JSONEditor: Sendable {
    var path: JSONPath
    var label: String
    var area: TextArea

    /// The parsed value, or why the text is not JSON.
    var parsed: Result<JSONValue, JSONSyntaxError> {
        Result { () throws(JSONSyntaxError) -> JSONValue in try JSONParser.parse(area.text) }
    }
}
