import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The HTTP client the program shares: certificate verification on (the
/// default, never changed), no redirects followed (a redirect could carry
/// the `Authorization` header elsewhere), connect and idle-read timeouts,
/// no hidden retries of connection establishment, and an upload's bytes
/// held back in the program rather than in the kernel (`UploadBuffering`),
/// so that progress follows what the connection has sent.
/// It lives as long as the process and is never shut down.
public enum PassHTTP {
    public static let shared: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.timeout = .init(connect: .seconds(10), read: .seconds(60))
        configuration.decompression = .disabled
        // The client's own retry policy (bounded, with backoff) handles
        // connection failures, so each attempt fails as soon as it fails.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.http1_1ConnectionDebugInitializer = UploadBuffering.limit
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()
}

/// One answer of the API, with its body collected.
struct HTTPAnswer: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]

    var isSuccess: Bool { (200..<300).contains(status) }

    /// The wait the server asks for in `Retry-After`, if any.
    func retryAfter(now: Date) -> Duration? {
        headers.first(name: "Retry-After").flatMap { RetryPolicy.parseRetryAfter($0, now: now) }
    }
}
