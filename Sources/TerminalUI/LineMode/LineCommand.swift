import Foundation

/// The words that work at every prompt of the line mode, in place of the full screen's keys.
enum LineCommand: Equatable {
    case help
    case list
    case problems
    case fix
    case edit(Int)
    case item(Int)
    case add
    case addEntry(Int)
    case remove(Int)
    case delete
    case back
    case clear
    case undo
    case redo
    case preview
    case save(String?)
    case endpoint
    case submit
    case done
    case quit

    /// The words and what each does, for `help`.
    static let words: [(word: String, does: String)] = [
        ("help", "this list"),
        ("list", "the credentials, and the fields of the one you are in, with numbers"),
        ("problems", "every error and warning"),
        ("fix", "go to the next field with a problem"),
        ("edit N", "go to field N; at the command prompt a number alone does it"),
        ("item N", "go to credential N of the list"),
        ("add", "add a credential to the batch; add N adds an entry to the list of field N"),
        ("remove N", "remove the list entry or record of field N"),
        ("delete", "delete the credential you are in"),
        ("back", "the field before this one; Enter alone keeps a value and goes on"),
        ("clear", "empty this field"),
        ("undo", "undo the last change; redo does it again"),
        ("preview", "the JSON exactly as it will be sent"),
        ("save", "save to the document's file; save FILE saves to FILE"),
        ("endpoint", "choose where requests go"),
        ("submit", "send the request and print the link for the holder"),
        ("done", "stop going through fields; at the command prompt, end"),
        ("quit", "end now; unsaved changes stay in a draft"),
    ]

    /// The command a line says, or nil when it is an answer. A line that starts with a
    /// backslash is always an answer (without the backslash).
    static func parse(_ line: String) -> LineCommand? {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first?.lowercased() else { return nil }
        let rest = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : nil
        let number = rest.flatMap { Int($0) }
        switch (first, rest, number) {
        case ("help", nil, _): return .help
        case ("list", nil, _): return .list
        case ("problems", nil, _): return .problems
        case ("fix", nil, _): return .fix
        case ("edit", _, let n?): return .edit(n)
        case ("item", _, let n?): return .item(n)
        case ("add", nil, _): return .add
        case ("add", _, let n?): return .addEntry(n)
        case ("remove", _, let n?): return .remove(n)
        case ("delete", nil, _): return .delete
        case ("back", nil, _): return .back
        case ("clear", nil, _): return .clear
        case ("undo", nil, _): return .undo
        case ("redo", nil, _): return .redo
        case ("preview", nil, _): return .preview
        case ("save", let file, _): return .save(file)
        case ("endpoint", nil, _): return .endpoint
        case ("submit", nil, _): return .submit
        case ("done", nil, _): return .done
        case ("quit", nil, _): return .quit
        default: return nil
        }
    }
}
