import Foundation
import PassCore

/// A sandbox that is listening: its address, its demo client, its store
/// and faults, and the way to stop it.
public final class RunningSandbox: Sendable {
    /// `http://127.0.0.1:PORT`
    public let baseURL: String
    public let port: Int
    private let sandbox: Sandbox
    private let task: Task<Void, any Error>
    private let connections: ConnectionRegistry

    init(sandbox: Sandbox, port: Int, task: Task<Void, any Error>, connections: ConnectionRegistry) {
        self.sandbox = sandbox
        self.baseURL = sandbox.baseURL
        self.port = port
        self.task = task
        self.connections = connections
    }

    /// How many connections are open now.
    public var openConnections: Int { connections.count }

    /// The most connections it keeps open (`ConnectionLimits`, bounded by `ulimit -n`).
    public var connectionCapacity: Int { connections.capacity }

    /// The demo client id.
    public var clientID: String { sandbox.options.clientID }
    /// The demo client secret (a `Secret`: it prints as `<redacted>`).
    public var clientSecret: Secret { sandbox.options.clientSecret }
    /// The options it runs with.
    public var options: SandboxOptions { sandbox.options }

    /// An endpoint for this sandbox with the demo client's credentials.
    public func endpoint(profileName: String? = "sandbox", idPrefix: String = RequestID.defaultPrefix,
                         paths: APIPaths = .standard) throws -> Endpoint {
        try Endpoint(
            baseURL: baseURL,
            authentication: .clientCredentials(.init(tokenURL: baseURL + paths.token, clientID: clientID, clientSecret: clientSecret)),
            profileName: profileName, isSandbox: true, isProductionLike: false, paths: paths, idPrefix: idPrefix)
    }

    /// The faults in force.
    public func faults() async -> SandboxFaults {
        await sandbox.store.faults
    }

    /// Replaces the faults in force.
    public func setFaults(_ faults: SandboxFaults) async {
        await sandbox.store.setFaults(faults)
    }

    /// Every request kept, oldest first.
    public func requests() async -> [SandboxRecord] {
        await sandbox.store.all()
    }

    /// The request with `id` (its own id, an item's id, or the sandbox's request id).
    public func request(_ id: String) async -> SandboxRecord? {
        await sandbox.store.find(id)
    }

    /// The status the API would answer for `id` now.
    public func status(of id: String) async -> SubmissionStatus? {
        await sandbox.store.find(id)?.statusAnswer(for: id, now: sandbox.now, lifetime: sandbox.options.requestLifetime)
    }

    /// As if the holder accepted `id`; false when unknown or canceled.
    public func accept(_ id: String) async -> Bool {
        await sandbox.store.accept(id: id, now: sandbox.now, lifetime: sandbox.options.requestLifetime)
    }

    /// How many calls each route had: `token`, `submit`, `status`,
    /// `statuses`, `upload`.
    public func calls() async -> [String: Int] {
        await sandbox.store.calls
    }

    /// How many bytes the upload store has read so far of the latest
    /// upload of `assetID` (nil before any): what it has received, not what
    /// a client says it has sent.
    public func bytesReceived(ofAsset assetID: String) -> Int64? {
        sandbox.meter.bytes(of: assetID)
    }

    /// Every access token issued so far stops working (the next call gets 401).
    public func revokeTokens() async {
        await sandbox.store.revokeTokens()
    }

    /// Stops listening and waits until the server has shut down.
    public func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}
