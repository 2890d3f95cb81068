import Foundation
import Hummingbird
import HummingbirdCore
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

    /// Starts listening on `host` (a loopback address: `127.0.0.1` or
    /// another plain 127.x.y.z, `::1` — `[::1]` is read as `::1` — or
    /// `localhost`) and `port` (0: a free one); returns once connections are accepted.
    public func start(host: String = "127.0.0.1", port: Int = 0) async throws -> RunningSandbox {
        let host = host == "[::1]" ? "::1" : host
        guard URLPolicy.isLoopbackAddress(host) else { throw SandboxError.notLoopback(host) }
        guard (0...65535).contains(port) else { throw SandboxError.badPort(port) }
        let sandbox = try Sandbox(options: options)
        let router = Router(context: SandboxContext.self)
        router.add(middleware: RequestGuard(authorities: sandbox.authorities))
        Self.register(sandbox, on: router)
        let registry = ConnectionRegistry(limits: options.connectionLimits)
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            server: GuardedHTTP1Channel.builder(registry: registry),
            configuration: .init(address: .hostname(host, port: port), serverName: "seekpass-sandbox"),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? port)
                portContinuation.finish()
            },
            logger: sandbox.logger
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
                throw SandboxError.couldNotListen(host: host, port: port, reason: SandboxError.reason(error))
            }
            throw SandboxError.couldNotListen(host: host, port: port, reason: .other("the server stopped at once"))
        }
        let hostPart = host.contains(":") ? "[\(host)]" : host
        sandbox.baseURL = "http://\(hostPart):\(bound)"
        sandbox.authorities.value = RequestGuard.authorities(host: hostPart, port: bound)
        return RunningSandbox(sandbox: sandbox, port: bound, task: task, connections: registry)
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
    case couldNotListen(host: String, port: Int, reason: ListenFailure)

    /// Why listening failed, as far as the system says.
    public enum ListenFailure: Sendable, Equatable {
        /// Another program (or another sandbox) has the port.
        case portInUse
        /// This machine has no such address (IPv6 switched off, say).
        case addressUnavailable
        case other(String)
    }

    public var description: String {
        switch self {
        case .notLoopback(let host):
            "the sandbox listens only on loopback, not on \(TextSanitizer.sanitize(host)): its demo credentials are printed for anyone to read; give --host 127.0.0.1 (or another 127.x.y.z written as four plain decimal numbers), ::1 or localhost"
        case .badPort(let port): "\(port) is not a port number (0 picks a free one)"
        case .couldNotListen(let host, let port, .portInUse):
            "the sandbox could not listen on \(Self.authority(host, port)): another program is using the port; --port 0 picks a free one"
        case .couldNotListen(let host, _, .addressUnavailable):
            "the sandbox could not listen on \(host): this machine has no such address (is IPv6 switched off?); --host 127.0.0.1 works everywhere"
        case .couldNotListen(let host, let port, .other(let reason)):
            "the sandbox could not listen on \(Self.authority(host, port)) (\(TextSanitizer.sanitize(reason))); --port 0 picks a free one"
        }
    }

    static func authority(_ host: String, _ port: Int) -> String {
        (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
    }

    static func reason(_ error: any Error) -> ListenFailure {
        if let io = error as? IOError {
            switch io.errnoCode {
            case EADDRINUSE: return .portInUse
            case EADDRNOTAVAIL, EAFNOSUPPORT: return .addressUnavailable
            default: break
            }
        }
        let text = "\(error)"
        if text.contains("Address already in use") { return .portInUse }
        if text.contains("Cannot assign requested address") || text.contains("Address family not supported") { return .addressUnavailable }
        return .other(text)
    }
}
