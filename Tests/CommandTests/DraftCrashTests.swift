import ComposerKit
import Foundation
import PassCore
import TestSupport
import Testing
@testable import seekpass_composer

/// A process killed with SIGKILL while it writes drafts and saves a payload leaves each file
/// either as it was or wholly new, never partial or empty (temporary file, fsync, rename,
/// fsync of the folder), and the list of drafts never shows a corrupt entry.
struct DraftCrashTests {
    @Test func killingTheWriterAtRandomMomentsLeavesEveryFileOldOrNewNeverPartial() throws {
        let scratch = try TemporaryDirectory()
        let directory = scratch.path("drafts")
        let file = scratch.path("payload.json")
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        var round = 0
        // At least 200 saves and 200 drafts, the writer killed every few of them.
        while round < 200 {
            let writer = try Spawn.start([try BuiltProgram.path(), "draft-stress", "--directory", directory, "--file", file])
            let target = round + Int.random(in: 1...12, using: &generator)
            try Wait.blockingUntil("the writer to reach round \(target)", every: .microseconds(Int.random(in: 200...3000, using: &generator))) {
                guard let bytes = FileManager.default.contents(atPath: file) else { return false }
                return (DraftStressCommand.round(in: Array(bytes)) ?? 0) >= target
            }
            writer.signal(SIGKILL)
            _ = writer.wait()
            kills += 1

            let bytes = Array(FileManager.default.contents(atPath: file) ?? Data())
            let saved = try #require(DraftStressCommand.round(in: bytes), "after kill \(kills) the payload is whole JSON: \(bytes.count) bytes")
            #expect(saved >= round, "never older than before")
            round = saved
            let found = DraftStore.onDisk(directory).all()
            #expect(found.count == 1, "kill \(kills): \(found)")
            guard case .draft(let draft, _)? = found.first else {
                Issue.record("kill \(kills): the draft is not readable: \(found)")
                return
            }
            #expect(draft.document.holderName.hasPrefix("Writer"), "kill \(kills)")
            let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? []
            #expect(!leftovers.contains { $0.hasPrefix("payload.json") && $0 != "payload.json" && !$0.contains(".tmp-") },
                    "no other copy beside the payload: \(leftovers)")
        }
        print("measured: \(kills) kills over \(round) saves and as many drafts; every file was whole after each")
    }
}
