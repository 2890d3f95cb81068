import ComposerKit
import Foundation
import PassCore
import TestSupport
import Testing

/// A process killed with SIGKILL while it writes drafts leaves the last
/// complete draft, never a broken or empty one (write, fsync, rename).
struct DraftCrashTests {
    @Test func killingTheWriterAtRandomMomentsNeverLeavesABrokenDraft() throws {
        let rounds = ProcessInfo.processInfo.environment["SEEKPASS_SLOW_TESTS"] == "1" ? 200 : 25
        let scratch = try TemporaryDirectory()
        let directory = scratch.path("drafts")
        var lastName = ""
        for round in 0..<rounds {
            let writer = try Spawn.start([try BuiltProgram.path(), "draft-stress", "--directory", directory])
            // Wait until this writer has replaced the draft a few times (varying by round), then kill it.
            var seen = 0
            try Wait.blockingUntil("the writer to replace the draft", every: .microseconds(500 + (round * 137) % 3000)) {
                if let draft = DraftStore.onDisk(directory).latest()?.draft, draft.document.holderName != lastName {
                    seen += 1
                    lastName = draft.document.holderName
                }
                return seen > round % 4
            }
            writer.signal(SIGKILL)
            _ = writer.wait()
            let found = DraftStore.onDisk(directory).all()
            #expect(found.count == 1, "round \(round): \(found)")
            guard case .draft(let draft, _)? = found.first else {
                Issue.record("round \(round): the draft is not readable: \(found)")
                return
            }
            #expect(draft.document.holderName.hasPrefix("Writer"), "round \(round)")
        }
    }
}
