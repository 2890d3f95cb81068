import Foundation
import PassCore
import PassSandbox
import Logging
import Testing

/// A folder under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "seekpass-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` in the folder and returns the path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Small files of each asset type, with some random bytes after the signature.
enum SampleFiles {
    /// `count` pseudo-random bytes, eight at a time (fast in debug builds).
    static func random(_ count: Int) -> [UInt8] {
        var state = UInt64.random(in: 1...UInt64.max)
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { buffer in
            var i = 0
            while i < count {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                withUnsafeBytes(of: state) { word in
                    for b in word where i < count {
                        buffer[i] = b
                        i += 1
                    }
                }
            }
        }
        return bytes
    }

    static func pdf(size: Int = 50_000) -> [UInt8] {
        Array("%PDF-1.7\n".utf8) + random(size)
    }

    static func png(size: Int = 20_000) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + random(size)
    }

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


/// Polls `condition` every 10 ms until it holds or `timeout` passes.
func eventually(timeout: Duration = .seconds(5), _ condition: () async -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if await condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return await condition()
}

/// A sandbox and a client of it with a sleeper that does not wait.
struct Harness {
    let sandbox: RunningSandbox
    let client: PassClient
    let sleeper: RecordingSleeper
    let folder: TemporaryFolder

    static func start(options: SandboxOptions = SandboxOptions(), logger: Logger? = nil) async throws -> Harness {
        let sandbox = try await SandboxServer(options: options).start()
        let sleeper = RecordingSleeper()
        let client = PassClient(endpoint: try sandbox.endpoint(), sleeper: sleeper,
                                logger: logger ?? Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        return Harness(sandbox: sandbox, client: client, sleeper: sleeper, folder: try TemporaryFolder())
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

/// A clock that tests move forward.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var offset: TimeInterval = 0
    /// When set, time stands still there but for `advance` (no wall-clock time passes).
    private let frozenAt: Date?

    init(frozenAt: Date? = nil) {
        self.frozenAt = frozenAt
    }

    func advance(by seconds: TimeInterval) {
        lock.withLock { offset += seconds }
    }

    var now: Date { lock.withLock { (frozenAt ?? Date()).addingTimeInterval(offset) } }
}
