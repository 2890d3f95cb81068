import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// The built `seekpass-composer` binary, run as a user would.
@Suite struct CommandTests {
    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    /// A private HOME (and so config, state and history) per test.
    let home: TemporaryDirectory
    init() throws { home = try TemporaryDirectory() }

    static var binary: String { BuiltProgram.pathOrMissing }

    /// Runs the binary with this test's home; waits without blocking a thread of the
    /// cooperative pool (the in-process sandbox of a test needs them).
    func run(_ arguments: [String], env extra: [String: String] = [:]) async throws -> Run {
        let result = try await BuiltProgram.start(arguments, environment: home.homeEnvironment(extra)).ended()
        return Run(status: result.status, out: result.output, err: result.stderr)
    }

    func seedFiles() throws -> (payload: String, assets: [String]) {
        let url = try #require(Bundle.module.url(forResource: "batch-full", withExtension: "json", subdirectory: "Fixtures"))
        let batch = try JSONParser.parse(Array(try Data(contentsOf: url)))
        let payload = try home.write("batch.json", JSONWriter.bytes(batch))
        var assets: [String] = []
        for d in AssetDeclaration.all(in: batch, as: .batch) {
            let path = try home.write(d.assetID + "." + d.type.rawValue, d.type == .png ? SampleFiles.png() : SampleFiles.pdf())
            assets += ["--asset", "\(d.assetID)=\(path)"]
        }
        return (payload, assets)
    }

    @Test func submitToTheEmbeddedSandboxPrintsTheRedirectLastAndRecordsHistory() async throws {
        defer { home.remove() }
        let (payload, assets) = try seedFiles()
        let r = try await run(["submit", payload, "--sandbox"] + assets)
        #expect(r.status == 0, "\(r.err)")
        let last = r.out.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("http://127.0.0.1:") && last.contains("/partner/add/batch#clientId=") && last.contains("&content="))
        #expect(r.err.contains("arrived"))
        let history = SubmissionHistory(paths: AppPaths.resolve(environment: ["HOME": home.path])).read().entries
        #expect(history.count == 1)
        #expect(history.first?.files.count == 4 && history.first?.files.allSatisfy(\.arrived) == true)
        let log = (try? String(contentsOfFile: AppPaths.resolve(environment: ["HOME": home.path]).logFile, encoding: .utf8)) ?? ""
        #expect(log.contains("PUT ") && !log.contains("X-Amz-Signature"))
    }

    @Test func aFileOfTheWrongTypeIsExitOneAndNothingIsSent() async throws {
        defer { home.remove() }
        let (payload, assets) = try seedFiles()
        let wrong = assets.map { $0.contains("micro-2-asset=") ? $0.replacingOccurrences(of: ".png", with: ".pdf").replacingOccurrences(of: "micro-2-asset.pdf", with: "micro-1-asset.pdf") : $0 }
        let r = try await run(["submit", payload, "--sandbox"] + wrong)
        #expect(r.status == 1)
        #expect(r.err.contains("declared as PNG image, but it looks like a PDF"))
        #expect(!r.err.contains("sandbox started"))
    }

    @Test func aMissingFileIsExitTwoAndNoEndpointIsExitTwo() async throws {
        defer { home.remove() }
        let (payload, assets) = try seedFiles()
        let gone = assets.map { $0.contains("micro-1-asset=") ? $0.components(separatedBy: "=")[0] + "=/nonexistent/cert.pdf" : $0 }
        let missing = try await run(["submit", payload, "--sandbox"] + gone)
        #expect(missing.status == 2)
        #expect(missing.err.contains("/nonexistent/cert.pdf: no such file"))
        let unconfigured = try await run(["submit", payload] + assets)
        #expect(unconfigured.status == 2)
        #expect(unconfigured.err.contains("no partner endpoint is configured"))
    }

    @Test func aFailedUploadIsExitThreeWithTheRetryCommand() async throws {
        defer { home.remove() }
        var options = SandboxOptions()
        options.faults.dropUploadRate = 1
        let sandbox = try await SandboxServer.start(options: options)
        defer { Task { await sandbox.stop() } }
        let config = home.path + "/.config/seekpass-composer"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try Data("[profile.local]\nurl = \"\(sandbox.baseURL)\"\nmax_attempts = 1\n".utf8).write(to: URL(fileURLWithPath: config + "/profiles.toml"))
        let (payload, assets) = try seedFiles()
        let env = ["SEEK_PASS_CLIENT_ID": sandbox.clientID, "SEEK_PASS_CLIENT_SECRET": sandbox.clientSecret.reveal()]

        let r = try await run(["submit", payload, "--profile", "local"] + assets, env: env)

        #expect(r.status == 3)
        #expect(r.err.contains("These files did not arrive"))
        #expect(r.err.contains("--only") && r.err.contains("--profile local"))
        #expect(!r.err.contains(sandbox.clientSecret.reveal()) && !r.out.contains(sandbox.clientSecret.reveal()))

        // The printed command, run once the store works again, brings the files.
        await sandbox.setFaults(SandboxFaults())
        let retryLine = try #require(r.err.split(separator: "\n").last { $0.contains("seekpass-composer submit") })
        let retryArguments = Array(retryLine.split(separator: " ").dropFirst().map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "'")) })
        let again = try await run(retryArguments, env: env)
        #expect(again.status == 0, "\(again.err)")
        let record = try #require(await sandbox.request("3601f8ae-9181-41a3-89ed-6dbe5ecde2b5"))
        #expect(record.assets.allSatisfy { $0.upload != nil })
    }

    @Test func statusPrintsATableAndExitsZeroWhateverTheStatuses() async throws {
        defer { home.remove() }
        let sandbox = try await SandboxServer.start()
        defer { Task { await sandbox.stop() } }
        let client = PassClient(endpoint: try sandbox.endpoint())
        _ = try await client.submit(Seeds.smallBatch(id: "CLI-1", assets: []), as: .batch)
        _ = try await client.submit(Seeds.smallBatch(id: "CLI-2", assets: []), as: .batch)
        _ = await sandbox.accept("CLI-2")
        let env = ["SEEK_PASS_CLIENT_ID": sandbox.clientID, "SEEK_PASS_CLIENT_SECRET": sandbox.clientSecret.reveal()]

        let r = try await run(["status", "CLI-1", "CLI-2", "nope", "--sandbox-url", sandbox.baseURL], env: env)

        #expect(r.status == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(lines.first == ["ID", "STATUS", "FINALIZED"])
        #expect(lines.dropFirst().map { Array($0.prefix(2)) } == [["CLI-1", "incomplete"], ["CLI-2", "verified"], ["nope", "unknown"]])
        let json = try await run(["status", "CLI-2", "--json", "--sandbox-url", sandbox.baseURL], env: env)
        #expect(try JSONParser.parse(json.out)["credentials"]?.arrayValue?.first?["status"] == "verified")
    }

    @Test func statusWithoutIdsAsksTheHistorysRequestsToThisEndpointAndSaysWhatItLeftOut() async throws {
        defer { home.remove() }
        let sandbox = try await SandboxServer.start()
        defer { Task { await sandbox.stop() } }
        let client = PassClient(endpoint: try sandbox.endpoint())
        _ = try await client.submit(Seeds.smallBatch(id: "HIS-1", assets: []), as: .batch)
        _ = try await client.submit(Seeds.smallBatch(id: "HIS-2", assets: []), as: .batch)
        _ = await sandbox.accept("HIS-2")
        let history = SubmissionHistory(paths: AppPaths.resolve(environment: ["HOME": home.path]))
        let formatter = ISO8601DateFormatter()
        func entry(_ id: String, _ endpoint: String, profile: String?, daysAgo: Double = 0) -> HistoryEntry {
            HistoryEntry(id: id, kind: .batch, submittedAt: formatter.string(from: Date().addingTimeInterval(-daysAgo * 86_400)),
                         endpoint: endpoint, profile: profile, counts: [:], redirectURI: nil, files: [])
        }
        try history.append(entry("OLD-1", sandbox.baseURL, profile: "sandbox", daysAgo: 3))
        try history.append(entry("HIS-1", sandbox.baseURL, profile: "sandbox"))
        try history.append(entry("EMB-1", "http://127.0.0.1:1", profile: HistoryEntry.embeddedSandboxProfile))
        try history.append(entry("HIS-2", sandbox.baseURL, profile: "sandbox"))
        try history.append(entry("STG-1", "https://staging.example", profile: "staging"))
        let env = ["SEEK_PASS_CLIENT_ID": sandbox.clientID, "SEEK_PASS_CLIENT_SECRET": sandbox.clientSecret.reveal()]

        let recent = try await run(["status", "--sandbox-url", sandbox.baseURL], env: env)

        #expect(recent.status == 0, "\(recent.err)")
        let rows = recent.out.split(separator: "\n").dropFirst().map { $0.split(separator: " ").prefix(2).map(String.init) }
        #expect(rows == [["HIS-1", "incomplete"], ["HIS-2", "verified"]])
        #expect(recent.err.contains("1 older submission to this endpoint not asked (--all asks them too)"))
        #expect(recent.err.contains("1 submission to sandbox (embedded) not asked (a sandbox inside an earlier process; nobody can answer for them now)"))
        #expect(recent.err.contains("1 submission to staging (https://staging.example) not asked (--profile or --url names that endpoint)"))

        let all = try await run(["status", "--all", "--json", "--sandbox-url", sandbox.baseURL], env: env)
        #expect(all.status == 0, "\(all.err)")
        let list = try #require(try JSONParser.parse(all.out)["credentials"]?.arrayValue)
        #expect(list.map { $0["id"]?.stringValue ?? "" } == ["OLD-1", "HIS-1", "HIS-2"])
        #expect(list.first?["status"] == "unknown" && list.first?["finalized_at"] == JSONValue.null)
        #expect(list.last?["finalized_at"]?.stringValue != nil)

        let twice = try await run(["status", "HIS-1", "HIS-1", "--sandbox-url", sandbox.baseURL], env: env)
        #expect(twice.out.split(separator: "\n").count == 2, "each id once:\n\(twice.out)")
    }

    @Test func statusFailingRemotelyIsExitThree() async throws {
        defer { home.remove() }
        let config = home.path + "/.config/seekpass-composer"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        // Port 9 (discard) on loopback: nothing listens there.
        try Data("[profile.down]\nurl = \"http://127.0.0.1:9\"\nmax_attempts = 1\n".utf8).write(to: URL(fileURLWithPath: config + "/profiles.toml"))
        let r = try await run(["status", "X-1", "--profile", "down"], env: ["ACCESS_TOKEN": "t-\(UUID())"])
        #expect(r.status == 3)
        #expect(r.err.contains("no answer from the server after 1 attempt: the connection was refused"))
    }
}
