import Foundation
import Hummingbird
import Logging
import NIOCore
import PassCore

/// The shared state of one running sandbox, used by every route.
final class Sandbox: Sendable {
    let options: SandboxOptions
    let store: SandboxStore
    let tokens = TokenIssuer()
    let links = UploadLinks()
    /// Bytes read of each upload so far.
    let meter = UploadMeter()
    let paths = APIPaths.standard
    let heldFiles: HeldFiles
    private let base = LockedValue<String>("")
    /// The `host:port` names it answers to (`RequestGuard`), known once it listens.
    let authorities = LockedValue<Set<String>>([])
    /// The options' logger behind the sanitising handler: what clients send
    /// (ids, names, paths) reaches any log visibly and on one line.
    let logger: Logger

    init(options: SandboxOptions) throws {
        self.options = options
        self.store = try SandboxStore(options: options)
        self.heldFiles = HeldFiles(fileLimit: options.heldFileLimit, totalLimit: options.heldFilesTotal)
        self.logger = SanitizingLogHandler.wrap(options.logger)
    }

    var now: Date { options.now() }

    /// `http://127.0.0.1:PORT`, known once the server listens.
    var baseURL: String {
        get { base.value }
        set { base.value = newValue }
    }

    /// The claims of the request's bearer token, or the 401 to answer.
    func authorize(_ request: Request) async -> Authorization {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            return .refused(SandboxAnswers.error(.unauthorized, "no bearer token; send Authorization: Bearer <access token>",
                                                 headers: [.wwwAuthenticate: "Bearer"]))
        }
        let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard let claims = tokens.verify(token) else {
            return .refused(SandboxAnswers.error(.unauthorized, "the access token is not valid",
                                                 headers: [.wwwAuthenticate: "Bearer error=\"invalid_token\""]))
        }
        let generation = await store.tokenGeneration
        guard claims.expires > now, claims.generation == generation else {
            return .refused(SandboxAnswers.error(.unauthorized, "the access token has expired or was revoked",
                                                 headers: [.wwwAuthenticate: "Bearer error=\"invalid_token\""]))
        }
        return .granted(claims)
    }

    /// The injected latency and error of an API request, if any.
    func injectedFault() async -> Response? {
        let faults = await store.faults
        if faults.latencyMilliseconds > 0 {
            try? await Task.sleep(for: .milliseconds(faults.latencyMilliseconds))
        }
        guard let status = await store.drawAPIFault() else { return nil }
        var headers: HTTPFields = [:]
        if let seconds = faults.retryAfterSeconds { headers[.retryAfter] = String(seconds) }
        logger.info("fault: answering \(status)")
        return SandboxAnswers.error(HTTPResponse.Status(code: status), "injected fault: the sandbox is answering \(status) on purpose", headers: headers)
    }
}

/// The outcome of checking a bearer token.
enum Authorization {
    case granted(TokenIssuer.Claims)
    case refused(Response)
}

/// A value behind a lock, for the few fields set once and read often.
final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
