import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// The partner API client: submissions, status calls and asset uploads
/// against one `Endpoint`, with authentication, retries and redacted logs.
///
/// ```swift
/// let client = PassClient(endpoint: endpoint)
/// let response = try await client.submit(kind: .batch, body: CanonicalJSON.standard.body(value, as: .batch))
/// ```
public final class PassClient: Sendable {
    public let endpoint: Endpoint
    public let retry: RetryPolicy
    let http: HTTPClient
    let sleeper: any Sleeper
    let logger: Logger
    let now: @Sendable () -> Date
    let jitter: @Sendable () -> Double
    let tokens = TokenCache()
    /// How long one attempt of an API call may take, the whole answer included.
    var requestTimeout: Duration { endpoint.requestTimeout }

    /// - Parameters:
    ///   - sleeper: waits between attempts (tests pass one that does not wait).
    ///   - logger: where request lines go; nothing is logged by default.
    ///   - now: the clock for token lifetimes and link expiry.
    ///   - jitter: a number in 0..<1 per wait.
    public init(
        endpoint: Endpoint, http: HTTPClient = PassHTTP.shared, sleeper: any Sleeper = TaskSleeper(),
        logger: Logger = Logger(label: "seekpass.client", factory: { _ in SwiftLogNoOpLogHandler() }),
        now: @escaping @Sendable () -> Date = Date.init,
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.endpoint = endpoint
        self.retry = RetryPolicy(maxAttempts: endpoint.maxAttempts, baseDelay: RetryPolicy.standard.baseDelay,
                                 maxDelay: RetryPolicy.standard.maxDelay)
        self.http = http
        self.sleeper = sleeper
        self.logger = logger
        self.now = now
        self.jitter = jitter
    }

    // MARK: Submission

    /// Posts `body` (the bytes of `CanonicalJSON.body`, sent as they are) to
    /// the endpoint of `kind`, asking for the scopes its sections need.
    /// Retries 429, 5xx and connection failures; never a definite 4xx.
    /// `onRetry` is told of each failed attempt before the wait for the next.
    public func submit(kind: PayloadKind, body: [UInt8], onRetry: RetryObserver? = nil) async throws(ClientError) -> SubmissionResponse {
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            throw .configuration("the request body is not JSON (\(error)); build it with CanonicalJSON")
        }
        let path = endpoint.paths.submit(kind, credentialType: value["credential_type"]?.stringValue ?? "microcredential")
        let answer = try await send(.POST, path, body: body, scopes: Scopes.required(for: value, as: kind), onRetry: onRetry)
        do {
            let response = try JSONValueDecoder().decode(SubmissionResponse.self, from: try JSONParser.parse(answer.body))
            // The links' queries carry the permission to write: from now on
            // any text of this process that holds one shows it redacted.
            for upload in response.assetUploads ?? [] { Redaction.registerQuery(of: upload.url) }
            return response
        } catch {
            throw .badResponse("HTTP \(answer.status) without a redirect_uri: \(ErrorBody.summary(of: answer.body))")
        }
    }

    /// Validates `value` as `kind` locally first (errors come back as
    /// `.rejected` with status 0, nothing sent), then submits its canonical body.
    public func submit(_ value: JSONValue, as kind: PayloadKind) async throws(ClientError) -> SubmissionResponse {
        let errors = Validator.standard.validate(value, as: kind).errors
        guard errors.isEmpty else { throw .rejected(status: 0, findings: errors) }
        return try await submit(kind: kind, body: CanonicalJSON.standard.body(value, as: kind))
    }

    // MARK: Status

    /// The largest number of ids one multi-id status call takes [docs].
    public static let statusIDsPerCall = 30

    /// The status of one submission.
    public func status(id: String) async throws(ClientError) -> SubmissionStatus {
        let answer = try await send(.GET, endpoint.paths.status(id: id), body: nil, scopes: [])
        do {
            return try JSONValueDecoder().decode(SubmissionStatus.self, from: try JSONParser.parse(answer.body))
        } catch {
            throw .badResponse("a status without id and status: \(ErrorBody.summary(of: answer.body))")
        }
    }

    /// The statuses of any number of submissions, asked in calls of at most
    /// `statusIDsPerCall` ids, in the order of `ids`.
    public func statuses(ids: [String]) async throws(ClientError) -> [SubmissionStatus] {
        var result: [SubmissionStatus] = []
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(start + Self.statusIDsPerCall, ids.count)])
            start += chunk.count
            let body = JSONWriter.bytes(["ids": .array(chunk.map(JSONValue.string))])
            let answer = try await send(.POST, endpoint.paths.statuses, body: body, scopes: [])
            do {
                let value = try JSONParser.parse(answer.body)
                guard let list = value["credentials"] else { throw ClientError.badResponse("no credentials") }
                result += try JSONValueDecoder().decode([SubmissionStatus].self, from: list)
            } catch {
                throw .badResponse("a status list without credentials: \(ErrorBody.summary(of: answer.body))")
            }
        }
        return result
    }

    // MARK: Requests

    /// Sends one API request with authentication and retries; returns the
    /// first 2xx answer or throws. A 401 gets one new token and one more
    /// try within the same attempt.
    func send(_ method: HTTPMethod, _ path: String, body: [UInt8]?, scopes: [String],
              onRetry: RetryObserver? = nil) async throws(ClientError) -> HTTPAnswer {
        let url = endpoint.url(path)
        var refreshed = false
        func request(_ token: Secret?) -> HTTPClientRequest {
            var request = HTTPClientRequest(url: url)
            request.method = method
            request.headers.add(name: "Accept", value: "application/json")
            request.headers.add(name: "User-Agent", value: "seekpass-composer")
            if let token { request.headers.add(name: "Authorization", value: "Bearer " + token.reveal()) }
            if let body {
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(ByteBuffer(bytes: body))
            }
            return request
        }
        return try await withRetries(onRetry: onRetry) { attempt throws(ClientError) in
            let token = try await accessToken(scopes: scopes, onRetry: onRetry)
            var answer: HTTPAnswer
            switch try await exchange(request(token), attempt: attempt) {
            case .answer(let first): answer = first
            case .failed(let cause): return .retry(cause: cause, retryAfter: nil)
            }
            if answer.status == 401, !refreshed, let token, case .clientCredentials = endpoint.authentication {
                refreshed = true
                await tokens.invalidate(token)
                let fresh = try await accessToken(scopes: scopes, onRetry: onRetry)
                switch try await exchange(request(fresh), attempt: attempt) {
                case .answer(let second): answer = second
                case .failed(let cause): return .retry(cause: cause, retryAfter: nil)
                }
            }
            if answer.isSuccess { return .done(answer) }
            let summary = ErrorBody.summary(of: answer.body)
            switch answer.status {
            case 401:
                throw .unauthorized(unauthorizedAdvice(summary))
            case 403:
                throw .forbidden(summary + (scopes.isEmpty ? "" : " (scopes asked: " + scopes.joined(separator: " ") + ")"))
            case 400, 422:
                var findings = ErrorBody.findings(in: answer.body)
                if findings.isEmpty { findings = [Finding(.error, ErrorBody.rule, at: .root, summary)] }
                throw .rejected(status: answer.status, findings: findings)
            case 429, 500...599:
                return .retry(cause: "HTTP \(answer.status)" + (summary.isEmpty ? "" : ": " + summary),
                              retryAfter: answer.retryAfter(now: now()))
            default:
                throw .refused(status: answer.status, message: summary)
            }
        }
    }

    /// What one attempt came to.
    enum Verdict {
        case done(HTTPAnswer)
        case retry(cause: String, retryAfter: Duration?)
    }

    /// Runs `attempt` up to `retry.maxAttempts` times, waiting between
    /// attempts by the policy (or the server's `Retry-After`); the last
    /// cause goes into the `.remote` error.
    func withRetries(onRetry: RetryObserver? = nil,
                     _ attempt: (Int) async throws(ClientError) -> Verdict) async throws(ClientError) -> HTTPAnswer {
        var lastCause = ""
        for number in 1...retry.maxAttempts {
            switch try await attempt(number) {
            case .done(let answer):
                return answer
            case .retry(let cause, let retryAfter):
                lastCause = cause
                guard number < retry.maxAttempts else { break }
                let delay = retry.delay(afterAttempt: number, retryAfter: retryAfter, unit: jitter())
                logger.notice("retrying in \(delay) after: \(Redaction.text(cause))")
                onRetry?(RetryNotice(attempt: number, maxAttempts: retry.maxAttempts, cause: Redaction.text(cause), delay: delay))
                do {
                    try await sleeper.sleep(for: delay)
                } catch {
                    throw .cancelled
                }
            }
        }
        throw .remote(attempts: retry.maxAttempts, lastCause: lastCause)
    }

    /// One exchange: the answer, or why the connection failed.
    enum Exchange {
        case answer(HTTPAnswer)
        case failed(String)
    }

    /// Executes `request` and logs it (URL without its query); a transport
    /// failure is `.failed`, cancellation throws.
    /// The whole exchange, the body included, has `requestTimeout`; at most
    /// `limit` bytes of the body are read (a longer one is cut, not refused:
    /// a definite answer stays definite, whatever its size).
    func exchange(_ request: HTTPClientRequest, attempt: Int, limit: Int = 1 << 20) async throws(ClientError) -> Exchange {
        let started = ContinuousClock.now
        do {
            let answer = try await HTTPExchange.run(http, request, timeout: requestTimeout, limit: limit)
            log(request, outcome: "HTTP \(answer.status)" + (answer.truncated ? " (body cut at \(ByteCount.text(limit)))" : ""),
                attempt: attempt, since: started)
            return .answer(answer)
        } catch let deadline as ExchangeDeadline {
            let cause = deadline.description
            log(request, outcome: cause, attempt: attempt, since: started)
            return .failed(cause)
        } catch is CancellationError {
            throw .cancelled
        } catch {
            let cause = Self.describe(error)
            log(request, outcome: cause, attempt: attempt, since: started)
            return .failed(cause)
        }
    }

    private func unauthorizedAdvice(_ summary: String) -> String {
        let what = summary.isEmpty ? "the server refused the credentials" : summary
        switch endpoint.authentication {
        case .none: return what + "; no credentials are configured (set ACCESS_TOKEN, or client_id and client_secret in a profile)"
        case .token: return what + "; the access token is invalid or expired, and a given token cannot be refreshed: get a new one, or configure client_id and client_secret"
        case .clientCredentials: return what + " even with a new token; check the client's permissions"
        }
    }

    private func log(_ request: HTTPClientRequest, outcome: String, attempt: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let ms = elapsed.inMilliseconds
        logger.info("\(request.method.rawValue) \(Redaction.url(request.url)) → \(Redaction.text(outcome)) in \(ms) ms (attempt \(attempt))")
    }

    /// A failure of the connection in words.
    static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout: return "the connection timed out"
            case .readTimeout: return "the server stopped answering (read timeout)"
            case .remoteConnectionClosed: return "the server closed the connection"
            case .deadlineExceeded: return "the request took too long"
            default: return Redaction.text(String(describing: error))
            }
        }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return "the connection was refused (is the server running, and is the URL right?)"
            case ECONNRESET, EPIPE: return "the server closed the connection"
            case ETIMEDOUT: return "the connection timed out"
            case EHOSTUNREACH, ENETUNREACH: return "the server's network cannot be reached"
            default: return "the connection failed (\(String(cString: strerror(error.errnoCode))))"
            }
        }
        return Redaction.text(String(describing: error))
    }
}
