import ComposerKit
import Foundation
import Logging
import PassCore
import PassSandbox
import TestSupport
import Testing

/// A sandbox, a client of it, a private HOME for the history, and the
/// composer's submission path (`SubmissionFlow`) into it.
struct HolderWorld {
    let sandbox: RunningSandbox
    let client: PassClient
    let home: TemporaryDirectory
    let clock: ManualClock

    /// HOME and the XDG folders of this world, for the binary and for `AppPaths`.
    var environment: [String: String] {
        var env = ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        for (name, folder) in [("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"), ("XDG_DATA_HOME", "data"),
                               ("XDG_CACHE_HOME", "cache")] {
            env[name] = home.path + "/" + folder
        }
        return env
    }

    var paths: AppPaths { AppPaths.resolve(environment: environment) }

    static func start(lifetime: Duration? = nil) async throws -> HolderWorld {
        let clock = ManualClock(start: Date())
        var options = SandboxOptions()
        options.now = { clock.now }
        if let lifetime { options.requestLifetime = lifetime }
        let sandbox = try await SandboxServer(options: options).start()
        let client = PassClient(endpoint: try sandbox.endpoint(), sleeper: RecordingSleeper(),
                                logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        return HolderWorld(sandbox: sandbox, client: client, home: try TemporaryDirectory(), clock: clock)
    }

    /// Runs `body` in a new world, which is stopped and removed afterwards, also when `body` throws.
    static func run(lifetime: Duration? = nil, _ body: (HolderWorld) async throws -> Void) async throws {
        let world = try await start(lifetime: lifetime)
        do {
            try await body(world)
        } catch {
            await world.stop()
            throw error
        }
        await world.stop()
    }

    func stop() async {
        await sandbox.stop()
        home.remove()
    }

    /// Writes the files of `value`'s assets (`files`: asset id → bytes) and
    /// submits through `SubmissionFlow`, uploading only `only` when given.
    @discardableResult
    func submit(_ value: JSONValue, files: [String: [UInt8]], only: Set<String>? = nil) async throws -> SubmissionFlow.Outcome {
        var assetFiles: [AssetFile] = []
        for declaration in AssetDeclaration.all(in: value, as: .batch) {
            guard let bytes = files[declaration.assetID] else { continue }
            let path = try home.write(declaration.assetID + "." + declaration.type.rawValue, bytes)
            assetFiles.append(AssetFile(assetID: declaration.assetID, path: path, type: declaration.type, size: Int64(bytes.count)))
        }
        let flow = SubmissionFlow(client: client, history: SubmissionHistory(paths: paths))
        let body = CanonicalJSON.standard.body(value, as: .batch)
        var outcome: SubmissionFlow.Outcome?
        for await event in flow.run(kind: .batch, value: value, body: body, files: assetFiles, only: only) {
            if case .finished(let finished) = event { outcome = finished }
        }
        return try #require(outcome)
    }

    /// The composer's history of this world, refreshed once against the
    /// sandbox as the history screen does: the verdict of `id` now.
    func historyVerdict(of id: String) async throws -> Verdict? {
        let (entries, notes) = SubmissionHistory(paths: paths).latest()
        var state = HistoryState()
        state.apply(.loaded(entries: entries, notes: notes,
                            targets: [StatusTarget(id: "sandbox", baseURL: sandbox.baseURL, isSandbox: true)]))
        let begun = state.beginRefresh()
        let refresh = try #require(begun)
        for query in refresh.queries {
            state.apply(.answered(generation: refresh.generation, query, try await client.statuses(ids: query.ids), at: Date()))
        }
        state.apply(.refreshFinished(generation: refresh.generation, at: Date()))
        return state.rows.first { $0.id == id }?.verdict(at: Date())
    }
}

/// The seed batch with more to show: a partner chain, a transcript,
/// honours, a course awaiting graduation, a date of birth, a second job.
enum HolderSamples {
    static let chain = ["ABC University Network", "Foo University Group"]

    static func batch(holder: String = "John Doe") throws -> JSONValue {
        var value = try Seeds.batch()
        let root = JSONPath.root
        for (section, index, _) in Validator.items(of: value) {
            let path = index.map { root.appending(section.key).appending($0) } ?? root.appending(section.key)
            value.set(.string(holder), at: path.appending("fields").appending("full_name"))
        }
        let edu1 = root.appending("education_items").appending(0).appending("fields")
        value.set(.array(chain.map { ["name": .string($0)] }), at: edu1.appending("partner_chain"))
        value.set(true, at: edu1.appending("with_honours"))
        value.set([
            "overall": ["issuance_date": "2024-12-01", "score": "3.8"],
            "subjects": [
                ["name": "Algorithms", "code": "COMP20003", "credit": "12.5", "score": "85", "grade": "H1", "completion_date": "2023"],
                ["name": "Databases", "code": "INFO20003", "grade": "H2A", "completion_date": "2024-06-30"],
            ],
        ], at: edu1.appending("transcript"))
        let edu2 = root.appending("education_items").appending(1).appending("fields")
        value.set(JSONValue.null, at: edu2.appending("conferral_year"))
        value.set(true, at: edu2.appending("awaiting_graduation"))
        value.set("1990-05-17", at: root.appending("digital_identity").appending("fields").appending("date_of_birth"))
        let jobs = root.appending("career_history").appending("fields").appending("employment")
        value.set([
            ["organisation": "Company A", "role_title": "Senior Software Engineer", "start_date": "2024-01",
             "last_processed_month": "2024-07"],
            ["organisation": "Company B", "role_classification": "Software Engineer", "role_title": "Associate Software Engineer",
             "start_date": "2020-01", "end_date": "2023-12", "last_processed_month": "2024-01"],
        ], at: jobs)
        return value
    }

    /// What the page must show of `batch()`: every credential's main values.
    static let mainValues = [
        // Digital identity
        "Digital identity", "John Doe", "17 May 1990",
        // Education, with its chain and transcript; the second awaits graduation
        "BSc", "University of Melbourne", "Conferral year 2024", "Majors IT", "With honours yes", "via ABC University Network → Foo University Group",
        "Algorithms", "COMP20003", "Grade H1", "Databases", "INFO20003", "Grade H2A", "Completed 30 Jun 2024",
        "Master of Science", "awaiting graduation",
        // Microcredentials
        "AI Essentials", "AI Advanced", "Skill Test Provider", "30 Apr 2024", "30 Aug 2026", "30 May 2024", "30 Oct 2026",
        // English
        "English SPEAKING", "English WRITING", "1 Jan 2024", "1 Jan 2026", "Writing A1", "100 (EnglishScore)",
        // Right to work
        "Right to work in Singapore", "Singapore (SG)", "Singapore work rights resident",
        // Career history, the latest job first
        "Senior Software Engineer", "Company A", "Jan 2024 – now", "Associate Software Engineer", "Company B",
        "Jan 2020 – Dec 2023",
        // Universal credential
        "Example Certification", "Sub-type Cert", "Example Issuer", "31 Aug 2024", "31 Aug 2026",
    ]

    /// A file for each declared asset of `value`, of its type.
    static func files(for value: JSONValue) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for declaration in AssetDeclaration.all(in: value, as: .batch) {
            files[declaration.assetID] = declaration.type == .png ? SampleFiles.png(size: 3_000) : SampleFiles.pdf(size: 9_000)
        }
        return files
    }
}

extension String {
    /// The `content` of a redirect URI's fragment: the sandbox's request id.
    var fragmentContent: String? {
        guard let hash = firstIndex(of: "#") else { return nil }
        return PercentEncoding.fields(self[index(after: hash)...])["content"]
    }
}
