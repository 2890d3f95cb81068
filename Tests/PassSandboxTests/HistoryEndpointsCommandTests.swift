import Foundation
import PassCore
import PassSandbox
import Testing

extension CommandTests {
    /// The same file sent to two sandboxes is two requests in the history; `status` asks
    /// each endpoint for its own, keeps a final status it learns, and that status stays
    /// known after its sandbox has gone.
    @Test func theSameRequestSentToTwoSandboxesIsTwoRequestsWhoseFinalStatusIsKept() async throws {
        defer { home.remove() }
        let first = try await SandboxServer.start()
        let second = try await SandboxServer.start()
        defer { Task { await second.stop() } }
        let (payload, assets) = try seedFiles()
        func env(_ sandbox: RunningSandbox) -> [String: String] {
            ["SEEK_PASS_CLIENT_ID": sandbox.clientID, "SEEK_PASS_CLIENT_SECRET": sandbox.clientSecret.reveal(),
             "XDG_CONFIG_HOME": home.path + "/config", "XDG_STATE_HOME": home.path + "/state",
             "XDG_DATA_HOME": home.path + "/data", "XDG_CACHE_HOME": home.path + "/cache"]
        }
        for sandbox in [first, second] {
            let sent = try await run(["submit", payload, "--sandbox-url", sandbox.baseURL] + assets, env: env(sandbox))
            #expect(sent.status == 0, "\(sent.err)")
        }
        // Sent again to the first: the same request, its timeline grows.
        let again = try await run(["submit", payload, "--sandbox-url", first.baseURL] + assets, env: env(first))
        #expect(again.status == 0, "\(again.err)")
        let history = SubmissionHistory(paths: AppPaths.resolve(environment: env(first).merging(["HOME": home.path]) { $1 }))
        var (entries, _) = history.latest()
        #expect(history.read().entries.count == 3)
        #expect(entries.count == 2, "one request per endpoint and id")
        let id = try #require(entries.first?.id)
        #expect(entries.allSatisfy { $0.id == id })
        #expect(entries.first { $0.endpoint == first.baseURL }?.timeline.count == 2)

        #expect(await first.accept(id))
        let asked = try await run(["status", "--sandbox-url", first.baseURL], env: env(first))
        #expect(asked.status == 0, "\(asked.err)")
        #expect(asked.out.contains(id) && asked.out.contains("verified"), "\(asked.out)")
        #expect(asked.err.contains("1 submission to sandbox (\(second.baseURL)) not asked"), "the other sandbox's is its own: \(asked.err)")
        let other = try await run(["status", "--sandbox-url", second.baseURL], env: env(second))
        #expect(other.out.contains("incomplete") && !other.out.contains("verified"), "\(other.out)")

        // The first sandbox goes; what it said stays.
        await first.stop()
        (entries, _) = history.latest()
        #expect(entries.first { $0.endpoint == first.baseURL }?.knownStatus?.state == .verified)
        #expect(entries.first { $0.endpoint == second.baseURL }?.knownStatus == nil)
        let text = try String(contentsOfFile: history.path, encoding: .utf8)
        #expect(text.split(separator: "\n").filter { $0.contains("\"event\":\"status\"") }.count == 1)
    }

    @Test func submitToAnEmbeddedSandboxSaysItsLinkStopsWithIt() async throws {
        defer { home.remove() }
        let (payload, assets) = try seedFiles()
        let r = try await run(["submit", payload, "--sandbox"] + assets)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("which stops as the command exits"), "\(r.err)")
        #expect(r.err.contains("seekpass-composer sandbox") && r.err.contains("--sandbox-url"), "\(r.err)")
        let last = r.out.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("http://127.0.0.1:"), "the link stays the last line of standard output")
    }
}
