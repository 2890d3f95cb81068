import ArgumentParser
import ComposerKit
import Foundation
import PassCore

/// `seekpass-composer draft-stress --directory DIR [--file FILE]`: writes one draft over and
/// over, each a little longer, and with `--file` saves the payload to FILE after each draft
/// the way the composer's F2 does, until killed. The reliability tests kill it with SIGKILL at
/// random moments and check that the draft and the file on disk are always whole. The round
/// goes on from the one FILE holds, so that kills add up to a count of writes.
struct DraftStressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft-stress",
        abstract: "Write a draft (and save a payload) in a loop until killed (for crash-safety tests).",
        shouldDisplay: false
    )

    @Option(help: "The drafts directory.")
    var directory: String

    @Option(help: "A payload file to save after each draft.")
    var file: String?

    /// The round a payload file saved by this command holds ("Writer 17" → 17).
    static func round(in bytes: [UInt8]) -> Int? {
        guard let value = try? JSONParser.parse(bytes),
            let name = value[path: Templates.holderNamePath]?.stringValue, name.hasPrefix("Writer ")
        else { return nil }
        return Int(name.dropFirst("Writer ".count))
    }

    func run() throws {
        let files = LocalFileSystem()
        let store = DraftStore(directory: directory, files: files, clock: { Date().timeIntervalSince1970 })
        var state = ComposerState(document: Templates.newDocument(.batch, ids: .sequential()), ids: .sequential())
        var round = file.flatMap { try? files.read($0) }.flatMap(Self.round(in:)) ?? 0
        while true {
            round += 1
            state.apply(.setText(Templates.holderNamePath, "Writer \(round)"))
            if round % 5 == 0 { state.apply(.addItem(.microcredential)) }
            try store.save(Draft(document: state.document, savedAt: Double(round)))
            if let file { try files.write(state.body, to: file, permissions: 0o644) }
        }
    }
}
