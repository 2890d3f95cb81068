import Foundation
import TestSupport
import Testing

extension EndToEnd {
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct LifecycleEndToEndTests {
        /// Starts the gallery, sends `signal`, and checks the terminal came back sane.
        func endsCleanly(on signal: Int32) async throws -> Int32 {
            let session = try TmuxSession(command: galleryCommand())
            defer { session.close() }
            try await session.waitFor("widget gallery")
            kill(try await session.pid(), signal)
            let code = try await session.exitCode()
            let screen = try await session.waitFor("READY")
            #expect(isSane(try await session.sttyAfterExit()))
            #expect(session.format("#{alternate_on}") == "0")
            #expect(session.format("#{cursor_flag}") == "1")
            #expect(!screen.contains("widget gallery"))
            return code
        }

        @Test func sigtermRestoresTheTerminalAndExits() async throws {
            #expect(try await endsCleanly(on: SIGTERM) == 128 + SIGTERM)
        }

        @Test func sighupRestoresTheTerminalAndExits() async throws {
            #expect(try await endsCleanly(on: SIGHUP) == 128 + SIGHUP)
        }

        @Test(arguments: [SIGSEGV, SIGABRT, SIGILL])
        func crashSignalsRestoreTheTerminalFirst(signal: Int32) async throws {
            #expect(try await endsCleanly(on: signal) == 128 + signal)
        }

        @Test func sigintAsksOnlyWhenThereIsUnsavedWork() async throws {
            let session = try TmuxSession(command: galleryCommand())
            defer { session.close() }
            try await session.waitFor("widget gallery")
            try session.type("x")
            try await session.waitFor("\"name\": \"x\"")
            let pid = try await session.pid()
            kill(pid, SIGINT)
            try await session.waitFor("Quit anyway?")
            kill(pid, SIGINT)
            #expect(try await session.exitCode() == 0)
            #expect(isSane(try await session.sttyAfterExit()))
        }

        @Test func ctrlQQuits() async throws {
            let session = try TmuxSession(command: galleryCommand())
            defer { session.close() }
            try await session.waitFor("widget gallery")
            try session.send("C-q")
            #expect(try await session.exitCode() == 0)
            try await session.waitFor("READY")
            #expect(isSane(try await session.sttyAfterExit()))
        }

        @Test(arguments: [(20, 5), (40, 10)])
        func tinyTerminalShowsTheNoticeWithoutCrashing(width: Int, height: Int) async throws {
            let session = try TmuxSession(command: galleryCommand(), width: width, height: height)
            defer { session.close() }
            let screen = try await session.waitFor("too small")
            for line in screen.split(separator: "\n") { #expect(line.count <= width) }
            try session.send("C-q")
            #expect(try await session.exitCode() == 0)
        }

        @Test func unknownTerminalTypeIsReportedAndLeavesTheTerminalAlone() async throws {
            let session = try TmuxSession(command: galleryCommand() + " 2>&1", environment: ["TERM": "no-such-terminal"])
            defer { session.close() }
            let screen = try await session.waitFor("READY")
            #expect(screen.contains("cannot open the terminal (TERM=no-such-terminal)"))
            #expect(try await session.exitCode() == 2)
            #expect(isSane(try await session.sttyAfterExit()))
        }

        @Test func notATerminalExitsWithTwoAndPointsToHeadlessCommands() async throws {
            let result = try Spawn.run([TmuxSession.binary, "gallery"], environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm"])
            #expect(result.status == 2)
            #expect(result.error.contains("needs a terminal"))
            for command in ["validate", "preview", "submit"] { #expect(result.error.contains(command)) }
            #expect(result.output.isEmpty, "nothing is drawn on a pipe")
            let root = try Spawn.run([TmuxSession.binary], environment: ["PATH": "/usr/bin:/bin", "TERM": "xterm"])
            #expect(root.status == 2)
        }
    }
}
