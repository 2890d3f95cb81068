import ComposerKit
import Foundation
import PassCore
import Testing

/// A process killed with SIGKILL while it writes drafts leaves the last
/// complete draft, never a broken or empty one (write, fsync, rename).
struct DraftCrashTests {
    @Test func killingTheWriterAtRandomMomentsNeverLeavesABrokenDraft() throws {
        let rounds = ProcessInfo.processInfo.environment["SEEKPASS_SLOW_TESTS"] == "1" ? 200 : 25
        let scratch = try Scratch()
        let directory = scratch.url.appendingPathComponent("drafts").path
        var lastName = ""
        for round in 0..<rounds {
            let pid = try Program.spawn(["draft-stress", "--directory", directory])
            // Wait until this writer has replaced the draft at least once, then a little more.
            let deadline = Date().addingTimeInterval(10)
            var seen = 0
            while Date() < deadline {
                if let draft = DraftStore(directory: directory).latest()?.draft, draft.document.holderName != lastName {
                    seen += 1
                    lastName = draft.document.holderName
                    if seen > round % 4 { break }
                }
                usleep(UInt32(500 + (round * 137) % 3000))
            }
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let found = DraftStore(directory: directory).all()
            #expect(found.count == 1, "round \(round): \(found)")
            guard case .draft(let draft, _)? = found.first else {
                Issue.record("round \(round): the draft is not readable: \(found)")
                return
            }
            #expect(draft.document.holderName.hasPrefix("Writer"), "round \(round)")
        }
    }
}

extension Program {
    /// Starts the program with `arguments` in the background; returns its pid.
    static func spawn(_ arguments: [String]) throws -> pid_t {
        let path = try executable().path
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let result = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard result == 0 else { throw Missing(description: "could not start \(path): \(result)") }
        return pid
    }
}
