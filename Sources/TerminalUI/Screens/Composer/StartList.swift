import ComposerKit
import Foundation
import PassCore

/// What the composer offers at start when no file was named: every draft kept, newest first,
/// to resume or discard, and the files opened last, to open again; Esc starts a new document.
struct StartList: Sendable {
    enum Choice: Hashable, Sendable {
        case draft(Int)
        case recent(String)
        case new
    }

    /// A draft kept, where it is, and how it reads in the list.
    struct Kept: Sendable {
        var draft: Draft
        var path: String
    }

    var drafts: [Kept]
    var list: ChoiceList<Choice>
    /// The draft Delete was pressed on once: a second Delete discards it.
    var discarding: Int?

    init(drafts: [Kept], recent: [String], newKind: PayloadKind, now: Double, home: String) {
        self.drafts = drafts
        var options = drafts.enumerated().map { index, kept in
            ChoiceList<Choice>.Option("Draft · " + Self.describe(kept.draft, now: now), .draft(index))
        }
        options += recent.map { ChoiceList<Choice>.Option("File · " + Self.readable($0, home: home), .recent($0)) }
        options.append(.init("Start a new \(newKind.noun)", .new))
        list = ChoiceList(options: options, selected: options.first?.value, viewportHeight: min(options.count, 14))
    }

    /// "Batch · Priya Sharma · 3 credentials · 2 errors · 5 min ago · priya.json"
    static func describe(_ draft: Draft, now: Double) -> String {
        let document = draft.document
        var parts = [document.kind.title]
        parts.append(document.holderName.trimmingCharacters(in: .whitespaces).isEmpty ? "no holder's name yet" : TextSanitizer.sanitize(document.holderName))
        if document.kind == .batch {
            let credentials = document.items.filter { $0 != .holder }.count
            parts.append("\(credentials) credential" + (credentials == 1 ? "" : "s"))
        }
        let errors = Validator.standard.validate(document.value, as: document.kind).errors.count
        parts.append(errors == 0 ? "no errors" : "\(errors) error" + (errors == 1 ? "" : "s"))
        parts.append(TimeText.ago(now - draft.savedAt))
        parts.append(TextSanitizer.sanitize(document.filePath.map { ($0 as NSString).lastPathComponent } ?? document.requestID))
        return parts.joined(separator: " · ")
    }

    static func readable(_ path: String, home: String) -> String {
        let shown = path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path
        return TextSanitizer.sanitize(String(shown))
    }

    /// The line under the list: what the keys do, or the second Delete's warning.
    var note: String {
        if discarding != nil { return "Delete again discards this draft for good · any other key keeps it" }
        return drafts.isEmpty ? "Enter opens · Esc starts new" : "Enter resumes or opens · Delete discards a draft · Esc starts new"
    }
}
