import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The HTTP client the program shares: certificate verification on (the
/// default, never changed), no redirects followed (a redirect could carry
/// the `Authorization` header elsewhere), connect and idle-read timeouts,
/// no hidden retries of connection establishment, and an upload's bytes
/// held back in the program rather than in the kernel (`UploadBuffering`),
/// so that progress follows what the connection has sent. Each exchange
/// also has an overall deadline (`HTTPExchange`).
/// It lives as long as the process and is never shut down.
public enum PassHTTP {
    /// How long opening a connection may take.
    public static let connectTimeout: TimeAmount = .seconds(10)

    public static let shared: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.timeout = .init(connect: connectTimeout, read: .seconds(60))
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
    /// True when the body went on past the bytes kept (the rest was not read).
    var truncated = false

    var isSuccess: Bool { (200..<300).contains(status) }

    /// The wait the server asks for in `Retry-After`, if any.
    func retryAfter(now: Date) -> Duration? {
        headers.first(name: "Retry-After").flatMap { RetryPolicy.parseRetryAfter($0, now: now) }
    }
}

/// Why an exchange ended without an answer in time.
struct ExchangeDeadline: Error, CustomStringConvertible {
    var timeout: Duration

    var description: String {
        "the server did not finish answering within \(Self.seconds(timeout)) (request_timeout)"
    }

    static func seconds(_ d: Duration) -> String {
        let ms = d.inMilliseconds
        return ms % 1000 == 0 ? "\(ms / 1000) s" : String(format: "%.1f s", Double(ms) / 1000)
    }
}

/// One request and its answer under one deadline: connecting, sending, the
/// head and every byte of the body count against it, so a server that
/// trickles its answer cannot hold the client. At most `limit` bytes of the
/// body are kept; past them the rest is not read (a huge error answer is
/// still a definite answer, never a reason to send again).
enum HTTPExchange {
    static func run(_ http: HTTPClient, _ request: HTTPClientRequest, timeout: Duration, limit: Int) async throws -> HTTPAnswer {
        try await withThrowingTaskGroup(of: HTTPAnswer.self) { group in
            group.addTask {
                let seconds = timeout.components.seconds + 1
                let response = try await http.execute(request, timeout: .seconds(seconds))
                var body: [UInt8] = []
                var truncated = false
                for try await chunk in response.body {
                    let room = limit - body.count
                    if chunk.readableBytes > room {
                        body += chunk.readableBytesView.prefix(max(0, room))
                        truncated = true
                        break
                    }
                    body += chunk.readableBytesView
                }
                return HTTPAnswer(status: Int(response.status.code), headers: response.headers, body: body, truncated: truncated)
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw ExchangeDeadline(timeout: timeout)
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw ExchangeDeadline(timeout: timeout) }
            return first
        }
    }
}
