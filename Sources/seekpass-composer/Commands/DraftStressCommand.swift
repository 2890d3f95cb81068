import ArgumentParser
import ComposerKit
import Foundation
import PassCore

/// `seekpass-composer draft-stress --directory DIR`: writes one draft over and
/// over, each a little longer, until killed. The reliability tests kill it
/// with SIGKILL at random moments and check the draft on disk is always whole.
struct DraftStressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft-stress",
        abstract: "Write a draft in a loop until killed (for crash-safety tests).",
        shouldDisplay: false
    )

    @Option(help: "The drafts directory.")
    var directory: String

    func run() throws {
        let store = DraftStore(directory: directory, files: LocalFileSystem(), clock: { Date().timeIntervalSince1970 })
        var state = ComposerState(document: Templates.newDocument(.batch, ids: .sequential()), ids: .sequential())
        var name = "Writer"
        var round = 0
        while true {
            round += 1
            name += String(round % 10)
            state.apply(.setText(Templates.holderNamePath, name))
            if round % 5 == 0 { state.apply(.addItem(.microcredential)) }
            try store.save(Draft(document: state.document, savedAt: Double(round)))
        }
    }
}
