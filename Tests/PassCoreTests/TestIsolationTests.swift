import Foundation
import TestSupport
import Testing

/// Every test process runs with a HOME and XDG folders of its own, and a guard fails the
/// process at exit if the user's real config or state folders changed while it ran.
struct TestIsolationTests {
    @Test func thisProcessRunsWithATemporaryHomeAndXDGFolders() {
        let environment = ProcessInfo.processInfo.environment
        let home = IsolatedHome.path
        #expect(!home.isEmpty)
        #expect(environment["HOME"] == home)
        for variable in ["XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"] {
            #expect(environment[variable]?.hasPrefix(home + "/") == true, "\(variable) = \(environment[variable] ?? "unset")")
        }
        #expect(!IsolatedHome.realConfigFolder.hasPrefix(home), "the real folders are remembered from before")
        #expect(!IsolatedHome.realStateFolder.hasPrefix(home))
    }

    @Test func theGuardSeesAnyChangeInAFolderTree() throws {
        let folder = try TemporaryDirectory("guard")
        let absent = IsolatedHome.fingerprint(folder.path("absent"))
        #expect(absent == 0)
        try folder.file("state/drafts/draft-1.json", text: "{}")
        let before = IsolatedHome.fingerprint(folder.path)
        #expect(before != 0)
        #expect(IsolatedHome.fingerprint(folder.path) == before, "the same tree, the same fingerprint")
        try folder.file("state/history.jsonl", text: "{}\n")
        let added = IsolatedHome.fingerprint(folder.path)
        #expect(added != before, "a new file")
        try folder.file("state/history.jsonl", text: "{}\n{}\n")
        #expect(IsolatedHome.fingerprint(folder.path) != added, "a changed file")
    }

    @Test func aStartedProgramGetsAHomeOfItsOwn() throws {
        let folder = try TemporaryDirectory("home")
        let environment = folder.homeEnvironment(["EXTRA": "1"])
        #expect(environment["HOME"] == folder.path)
        #expect(environment["XDG_CONFIG_HOME"] == folder.path + "/.config")
        #expect(environment["XDG_STATE_HOME"] == folder.path + "/.local/state")
        #expect(environment["EXTRA"] == "1")
        #expect(environment.keys.sorted() == ["EXTRA", "HOME", "LANG", "PATH", "XDG_CACHE_HOME", "XDG_CONFIG_HOME",
                                              "XDG_DATA_HOME", "XDG_STATE_HOME"])
    }

    /// Run only by the next test, in a child process whose "real" home is a temporary folder.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SEEKPASS_GUARD_SELF_TEST"] == "1"))
    func guardSelfTestWritesIntoTheRealStateFolder() throws {
        try FileManager.default.createDirectory(atPath: IsolatedHome.realStateFolder, withIntermediateDirectories: true)
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: IsolatedHome.realStateFolder + "/history.jsonl"))
    }

    #if os(Linux)
    /// The guard itself: a test process in which a test wrote into the real state folder fails.
    @Test func aTestThatTouchesTheRealStateFolderFailsItsProcess() throws {
        let fakeRealHome = try TemporaryDirectory("real-home")
        let result = try Spawn.run(
            [CommandLine.arguments[0], "--testing-library", "swift-testing", "--filter", "guardSelfTestWritesIntoTheRealStateFolder"],
            environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": fakeRealHome.path, "SEEKPASS_GUARD_SELF_TEST": "1"])
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("a test changed the real state folder \(fakeRealHome.path)/.local/state/seekpass-composer"),
                "\(result)")
        #expect(FileManager.default.fileExists(atPath: fakeRealHome.path + "/.local/state/seekpass-composer/history.jsonl"),
                "the self test did write there")
    }
    #endif
}
