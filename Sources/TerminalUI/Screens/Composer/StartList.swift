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
            ChoiceList<Choice>.Option("Draft · " + kept.draft.summary(now: now), .draft(index))
        }
        options += recent.map { ChoiceList<Choice>.Option("File · " + Self.readable($0, home: home), .recent($0)) }
        options.append(.init("Start a new \(newKind.noun)", .new))
        list = ChoiceList(options: options, selected: options.first?.value, viewportHeight: min(options.count, 14))
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
