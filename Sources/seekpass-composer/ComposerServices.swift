import ComposerKit
import Foundation
import PassCore
import PassSandbox
import TerminalUI

/// The composer's link to the world: the embedded sandbox, the profiles of
/// the profile file, a client per endpoint, the history, the browser.
actor ComposerServices {
    let paths: AppPaths
    let environment: [String: String]
    /// How the embedded sandbox runs when it is started on first use.
    let sandboxOptions: SandboxOptions
    private var sandbox: RunningSandbox?
    private var clients: [String: PassClient] = [:]
    /// Endpoints resolved at start, by choice id.
    private let remote: [String: Endpoint]
    nonisolated let choices: [EndpointChoice]
    /// Keeps the final statuses the history screen learns.
    private let statusKeeper: FinalStatusKeeper

    static let embeddedID = HistoryEntry.embeddedSandboxProfile

    /// - Parameters:
    ///   - current: the endpoint configuration resolved for this run (nil: the embedded sandbox).
    ///   - embeddedPrefix: the prefix of new request ids for the embedded sandbox.
    init(paths: AppPaths, environment: [String: String], current: Endpoint?, sandbox: RunningSandbox?,
         sandboxOptions: SandboxOptions = SandboxOptions(), embeddedPrefix: String = RequestID.defaultPrefix) {
        self.paths = paths
        self.environment = environment
        self.sandbox = sandbox
        self.sandboxOptions = sandboxOptions
        self.statusKeeper = FinalStatusKeeper(history: SubmissionHistory(paths: paths))
        var remote: [String: Endpoint] = [:]
        var choices: [EndpointChoice] = []
        func add(_ endpoint: Endpoint, id: String) {
            guard remote[id] == nil else { return }
            remote[id] = endpoint
            choices.append(EndpointChoice(id: id, label: Self.label(endpoint, id: id), baseURL: endpoint.baseURL,
                                          isSandbox: endpoint.isSandbox, isProduction: endpoint.isProductionLike,
                                          idPrefix: endpoint.idPrefix))
        }
        if let current { add(current, id: current.profileName ?? "SEEK_PASS_URL") }
        let embedded = EndpointChoice(id: Self.embeddedID, label: "SANDBOX — nothing leaves this machine",
                                      baseURL: sandbox?.baseURL ?? "127.0.0.1 (started on first use)",
                                      isSandbox: true, isProduction: false, idPrefix: embeddedPrefix)
        if current == nil { choices.insert(embedded, at: 0) } else { choices.append(embedded) }
        if let file = try? ProfileFile.load(paths.profilesFile) {
            for profile in file.profiles {
                var notes: [String] = []
                let resolver = ConfigurationResolver(flags: .init(profile: profile.name), environment: environment, paths: paths)
                if case .remote(let endpoint)? = try? resolver.resolve(notes: &notes) { add(endpoint, id: profile.name) }
            }
        }
        self.remote = remote
        self.choices = choices
    }

    static func label(_ endpoint: Endpoint, id: String) -> String {
        if endpoint.isSandbox { return "sandbox \(endpoint.baseURL) (\(id))" }
        return (endpoint.isProductionLike ? "PRODUCTION " : "") + "\(endpoint.baseURL) · profile \(id)"
    }

    func client(for choice: EndpointChoice) async throws -> PassClient {
        if let client = clients[choice.id] { return client }
        let endpoint: Endpoint
        if choice.id == Self.embeddedID {
            endpoint = try await embeddedSandbox().endpoint(profileName: Self.embeddedID, idPrefix: choice.idPrefix)
        } else if let known = remote[choice.id] {
            endpoint = known
        } else {
            throw ClientError.configuration("no endpoint named \(choice.id)")
        }
        let client = PassClient(endpoint: endpoint, logger: CommandLogging.bootstrap(paths: paths, label: "seekpass.composer"))
        clients[choice.id] = client
        return client
    }

    func embeddedSandbox() async throws -> RunningSandbox {
        if let sandbox { return sandbox }
        let started = try await SandboxServer.start(options: sandboxOptions)
        sandbox = started
        return started
    }

    /// The presenter's faults: a few settings that show recovery well.
    struct Preset: Sendable {
        var id: String
        var title: String
        var on: @Sendable (inout SandboxFaults) -> Void
        var off: @Sendable (inout SandboxFaults) -> Void
        var isOn: @Sendable (SandboxFaults) -> Bool

        init(_ id: String, _ title: String, on: @escaping @Sendable (inout SandboxFaults) -> Void,
             off: @escaping @Sendable (inout SandboxFaults) -> Void, isOn: @escaping @Sendable (SandboxFaults) -> Bool) {
            self.id = id
            self.title = title
            self.on = on
            self.off = off
            self.isOn = isOn
        }
    }

    static let presets: [Preset] = [
        Preset("latency", "Slow answers: 800 ms added to every API call",
               on: { $0.latencyMilliseconds = 800 }, off: { $0.latencyMilliseconds = 0 }, isOn: { $0.latencyMilliseconds > 0 }),
        Preset("fail-next", "The next 2 API calls answer 503 (the client retries)",
               on: { $0.failNext = 2; $0.retryAfterSeconds = 1 }, off: { $0.failNext = 0; $0.retryAfterSeconds = nil }, isOn: { $0.failNext > 0 }),
        Preset("error-rate", "A third of API calls answer 500 or 503",
               on: { $0.errorRate = 0.33 }, off: { $0.errorRate = 0 }, isOn: { $0.errorRate > 0 }),
        Preset("drop-next-upload", "Drop the next upload halfway (the bar shows the retry)",
               on: { $0.dropNextUploads = 1 }, off: { $0.dropNextUploads = 0 }, isOn: { $0.dropNextUploads > 0 }),
        Preset("expired-next", "The next submission gets expired upload links (S gets new ones)",
               on: { $0.expireNextSubmissions = 1 }, off: { $0.expireNextSubmissions = 0; $0.expiredUploadURLs = false },
               isOn: { $0.expireNextSubmissions > 0 || $0.expiredUploadURLs }),
        Preset("slow-store", "A slow upload store: 256 KiB per second",
               on: { $0.slowStoreKiBPerSecond = 256 }, off: { $0.slowStoreKiBPerSecond = 0 }, isOn: { $0.slowStoreKiBPerSecond > 0 }),
    ]

    func faults() async -> [DemoFault] {
        guard let sandbox = try? await embeddedSandbox() else { return [] }
        let current = await sandbox.faults()
        return Self.presets.map { DemoFault(id: $0.id, title: $0.title, isOn: $0.isOn(current)) }
    }

    func setFault(_ id: String, _ on: Bool) async {
        guard let sandbox = try? await embeddedSandbox(), let preset = Self.presets.first(where: { $0.id == id }) else { return }
        var faults = await sandbox.faults()
        if on { preset.on(&faults) } else { preset.off(&faults) }
        await sandbox.setFaults(faults)
    }

    // MARK: Status

    /// Where statuses can be asked now: every configured endpoint, and the
    /// embedded sandbox once it runs (only it knows its requests).
    func statusTargets() -> [StatusTarget] {
        choices.compactMap { choice in
            if choice.id == Self.embeddedID {
                guard let sandbox else { return nil }
                let lifetime = sandbox.options.requestLifetime
                return StatusTarget(id: choice.id, baseURL: Redaction.url(sandbox.baseURL), isEmbeddedSandbox: true,
                                    lifetime: lifetime == RequestID.retention
                                        ? .documented : RequestLifetime(seconds: lifetime.inSeconds, source: .thisSandbox))
            }
            return StatusTarget(id: choice.id, baseURL: Redaction.url(choice.baseURL), isSandbox: choice.isSandbox)
        }
    }

    /// The history as it is on disk now, with the status targets.
    func historySnapshot() -> HistorySnapshot {
        let (entries, notes) = SubmissionHistory(paths: paths).latest()
        return HistorySnapshot(entries: entries, notes: notes, targets: statusTargets(), path: paths.historyFile)
    }

    /// The statuses of `ids` from the endpoint named `targetID`; the final
    /// ones are kept in the history.
    func statuses(_ targetID: String, _ ids: [String]) async throws -> [SubmissionStatus] {
        guard let choice = choices.first(where: { $0.id == targetID }) else {
            throw ClientError.configuration("no endpoint named \(targetID)")
        }
        let statuses = try await client(for: choice).statuses(ids: ids)
        let baseURL = statusTargets().first { $0.id == targetID }?.baseURL ?? Redaction.url(choice.baseURL)
        await statusKeeper.keep(statuses, endpoint: baseURL)
        return statuses
    }

    /// The services as the history screen takes them.
    nonisolated func historyServices(refreshInterval: Double) -> HistoryServices {
        HistoryServices(load: { await self.historySnapshot() },
                        statuses: { target, ids in try await self.statuses(target, ids) },
                        refreshInterval: refreshInterval)
    }

    func stop() async {
        await sandbox?.stop()
    }

    /// The services as the composer screen takes them.
    nonisolated func submissionServices() -> SubmissionServices {
        SubmissionServices(
            endpoints: { [choices] in choices },
            client: { choice in try await self.client(for: choice) },
            history: SubmissionHistory(paths: paths),
            faults: { await self.faults() },
            setFault: { id, on in await self.setFault(id, on) },
            openURL: { url in Browser.open(url, environment: self.environment) }
        )
    }
}

/// Opens a URL with `xdg-open` where there is a desktop.
enum Browser {
    static func open(_ url: String, environment: [String: String]) -> Bool {
        guard environment["DISPLAY"]?.isEmpty == false || environment["WAYLAND_DISPLAY"]?.isEmpty == false else { return false }
        var pid: pid_t = 0
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("xdg-open"), strdup(url), nil]
        defer { argv.forEach { free($0) } }
        return posix_spawnp(&pid, "xdg-open", &actions, nil, argv, environ) == 0
    }
}
