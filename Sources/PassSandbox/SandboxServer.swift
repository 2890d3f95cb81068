import Hummingbird
import Logging
import NIOCore
import PassCore

/// The local partner-API sandbox, run in-process on loopback.
///
/// ```swift
/// let sandbox = try await SandboxServer().start()          // a free port on 127.0.0.1
/// let client = PassClient(endpoint: try sandbox.endpoint())
/// ...
/// await sandbox.stop()
/// ```
public struct SandboxServer: Sendable {
    public var options: SandboxOptions

    public init(options: SandboxOptions = SandboxOptions()) {
        self.options = options
    }

    /// Starts listening on `host` (a loopback address) and `port` (0: a
    /// free one); returns once connections are accepted.
    public func start(host: String = "127.0.0.1", port: Int = 0) async throws -> RunningSandbox {
        guard URLPolicy.isLoopback(host) else { throw SandboxError.notLoopback(host) }
        guard (0...65535).contains(port) else { throw SandboxError.badPort(port) }
        let sandbox = try Sandbox(options: options)
        let router = Router(context: SandboxContext.self)
        Self.register(sandbox, on: router)
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "seekpass-sandbox"),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? port)
                portContinuation.finish()
            },
            logger: options.logger
        )
        let task = Task {
            defer { portContinuation.finish() }
            try await app.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let bound = await iterator.next() else {
            do {
                try await task.value
            } catch {
                throw SandboxError.couldNotListen(host: host, port: port, reason: "\(error)")
            }
            throw SandboxError.couldNotListen(host: host, port: port, reason: "the server stopped at once")
        }
        let hostPart = host.contains(":") ? "[\(host)]" : host
        sandbox.baseURL = "http://\(hostPart):\(bound)"
        return RunningSandbox(sandbox: sandbox, port: bound, task: task)
    }

    /// Starts a sandbox with `options` on `host` and `port` (0: a free one).
    public static func start(host: String = "127.0.0.1", port: Int = 0, options: SandboxOptions = SandboxOptions()) async throws -> RunningSandbox {
        try await SandboxServer(options: options).start(host: host, port: port)
    }

    static func register(_ sandbox: Sandbox, on router: Router<SandboxContext>) {
        let paths = sandbox.paths
        router.post(RouterPath(paths.token), use: sandbox.token)
        router.post(RouterPath(paths.batch)) { try await sandbox.submit($0, $1, kind: .batch) }
        router.post(RouterPath(paths.careerHistory)) { try await sandbox.submit($0, $1, kind: .careerHistory) }
        router.post(RouterPath(paths.submit(.microcredential))) { try await sandbox.submit($0, $1, kind: .microcredential) }
        router.get(RouterPath(paths.status.replacingOccurrences(of: "{id}", with: ":id")), use: sandbox.status)
        router.post(RouterPath(paths.statuses), use: sandbox.statuses)
        router.put(RouterPath(UploadLinks.pathPrefix + "/:request/:asset"), use: sandbox.storeUpload)
        for path in Set(ModelRules.standard.holderPagePaths.values) {
            router.get(RouterPath(path), use: sandbox.holderPage)
            router.post(RouterPath(path), use: sandbox.holderAccept)
        }
        router.get("/_sandbox/requests", use: sandbox.listRequests)
        router.get("/_sandbox/requests/:id", use: sandbox.showRequest)
        router.post("/_sandbox/requests/:id/accept", use: sandbox.acceptRequest)
        router.get("/_sandbox/faults", use: sandbox.showFaults)
        router.post("/_sandbox/faults", use: sandbox.setFaults)
        router.post("/_sandbox/tokens/revoke", use: sandbox.revokeTokens)
    }
}

/// Why a sandbox did not start.
public enum SandboxError: Error, Sendable, CustomStringConvertible {
    case notLoopback(String)
    case badPort(Int)
    case couldNotListen(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .notLoopback(let host):
            "the sandbox listens only on loopback (127.0.0.1, ::1, localhost), not on \(host): its demo credentials are printed for anyone to read"
        case .badPort(let port): "\(port) is not a port number (0 picks a free one)"
        case .couldNotListen(let host, let port, let reason):
            "the sandbox could not listen on \(host):\(port) (\(reason)); is another program using the port? --port 0 picks a free one"
        }
    }
}
