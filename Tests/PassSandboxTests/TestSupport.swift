import Foundation
import PassCore
import PassSandbox
import Logging
import TestSupport
import Testing

extension SampleFiles {
    static func sha256Hex(_ bytes: [UInt8]) -> String {
        Checksum.sha256(bytes)
    }
}

/// Records the waits it is asked for and returns at once.
final class RecordingSleeper: Sleeper, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []

    func sleep(for duration: Duration) async throws {
        lock.withLock { recorded.append(duration) }
        await Task.yield()
    }

    var waits: [Duration] { lock.withLock { recorded } }
}

/// The seed batch of seed 001 (every section, four assets).
enum Seeds {
    static func batch() throws -> JSONValue {
        let url = try #require(Bundle.module.url(forResource: "batch-full", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONParser.parse(Array(try Data(contentsOf: url)))
    }

    /// A small valid batch with one microcredential and the given assets.
    static func smallBatch(id: String, assets: [(String, AssetType)]) -> JSONValue {
        var item: JSONValue = [
            "credential_id": .string(id + "-micro-1"),
            "fields": [
                "full_name": "Siti Rahma", "issuer_name": "Skill Test Provider",
                "microcredential_name": "AI Essentials", "issue_date": "2024-04-30",
            ],
        ]
        if !assets.isEmpty {
            item.set(.array(assets.map { ["asset_id": .string($0.0), "asset_type": .string($0.1.rawValue)] }), at: JSONPath.root.appending("assets"))
        }
        return [
            "credential_id": .string(id),
            "digital_identity": ["credential_id": .string(id + "-di"), "fields": ["full_name": "Siti Rahma"]],
            "education_items": [],
            "microcredential_items": [item],
            "english_proficiency_items": [],
        ]
    }
}


/// A sandbox and a client of it with a sleeper that does not wait.
struct Harness {
    let sandbox: RunningSandbox
    let client: PassClient
    let sleeper: RecordingSleeper
    let folder: TemporaryDirectory

    static func start(options: SandboxOptions = SandboxOptions(), logger: Logger? = nil) async throws -> Harness {
        let sandbox = try await SandboxServer(options: options).start()
        let sleeper = RecordingSleeper()
        let client = PassClient(endpoint: try sandbox.endpoint(), sleeper: sleeper,
                                logger: logger ?? Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        return Harness(sandbox: sandbox, client: client, sleeper: sleeper, folder: try TemporaryDirectory())
    }

    func stop() async {
        await sandbox.stop()
        folder.remove()
    }

    /// Submits `value` as a batch and uploads `files` (asset id → bytes and type).
    func submitAndUpload(_ value: JSONValue, files: [String: ([UInt8], AssetType)]) async throws -> (SubmissionResponse, [UploadResult], [UploadEvent]) {
        let response = try await client.submit(value, as: .batch)
        var assetFiles: [AssetFile] = []
        for (id, (bytes, type)) in files.sorted(by: { $0.key < $1.key }) {
            let path = try folder.write(id + (type == .png ? ".png" : ".pdf"), bytes)
            assetFiles.append(AssetFile(assetID: id, path: path, type: type, size: Int64(bytes.count)))
        }
        let plan = UploadJob.plan(files: assetFiles, uploads: response.assetUploads ?? [])
        #expect(plan.problems.isEmpty, "\(plan.problems)")
        let run = client.upload(plan.jobs)
        var events: [UploadEvent] = []
        for await event in run.events { events.append(event) }
        return (response, await run.results(), events)
    }
}
