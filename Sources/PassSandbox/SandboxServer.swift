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
        typealias Handler = @Sendable (Request, SandboxContext) async throws -> Response
        let paths = sandbox.paths
        var routes: [(String, HTTPRequest.Method, Handler)] = [
            (paths.token, .post, sandbox.token),
            (paths.batch, .post, { try await sandbox.submit($0, $1, kind: .batch) }),
            (paths.careerHistory, .post, { try await sandbox.submit($0, $1, kind: .careerHistory) }),
            (paths.submit(.microcredential), .post, { try await sandbox.submit($0, $1, kind: .microcredential) }),
            (paths.status.replacingOccurrences(of: "{id}", with: ":id"), .get, sandbox.status),
            (paths.statuses, .post, sandbox.statuses),
            (UploadLinks.pathPrefix + "/:request/:asset", .put, sandbox.receiveUpload),
            ("/_sandbox/requests", .get, sandbox.listRequests),
            ("/_sandbox/requests/:id", .get, sandbox.showRequest),
            ("/_sandbox/requests/:id/accept", .post, sandbox.acceptRequest),
            ("/_sandbox/faults", .get, sandbox.showFaults),
            ("/_sandbox/faults", .post, sandbox.setFaults),
            ("/_sandbox/tokens/revoke", .post, sandbox.revokeTokens),
        ]
        for path in Set(ModelRules.standard.holderPagePaths.values).sorted() {
            routes.append((path, .get, sandbox.holderPage))
            routes.append((path, .post, sandbox.holderAccept))
        }
        routes += sandbox.holderRoutes
        router.add(middleware: MethodNotAllowed(routes.map { ($0.0, $0.1) }))
        for (path, method, handler) in routes {
            router.on(RouterPath(path), method: method, use: handler)
        }
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
