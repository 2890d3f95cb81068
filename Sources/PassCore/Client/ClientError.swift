/// Why a call to the partner API did not succeed, for the person at the
/// screen. Messages never hold a secret.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    /// The server refused the request's content (400/422): the findings
    /// carry the server's paths, so they can go on the fields.
    case rejected(status: Int, findings: [Finding])
    /// The credentials were refused (401, after one refresh), or no token
    /// could be had.
    case unauthorized(String)
    /// The token lacks a scope the request needs (403).
    case forbidden(String)
    /// Another definite answer (404, 409, 413, …): not retried.
    case refused(status: Int, message: String)
    /// No success after every attempt: the last cause is kept.
    case remote(attempts: Int, lastCause: String)
    /// A success answer that could not be read.
    case badResponse(String)
    /// Nothing could be sent: a refused URL, missing credentials.
    case configuration(String)
    /// The caller cancelled.
    case cancelled

    public var description: String {
        switch self {
        case .rejected(let status, let findings):
            "the server refused the request (HTTP \(status))"
                + (findings.isEmpty ? "" : ":\n" + findings.map { "  \($0.path): \($0.message)" }.joined(separator: "\n"))
        case .unauthorized(let text): "not authorised: \(text)"
        case .forbidden(let text): "not allowed: \(text)"
        case .refused(let status, let message): "the server refused the request (HTTP \(status)): \(message)"
        case .remote(let attempts, let cause):
            "no answer from the server after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(cause)"
        case .badResponse(let text): "the server's answer could not be read: \(text)"
        case .configuration(let text): text
        case .cancelled: "cancelled"
        }
    }

    /// The server's findings, for `rejected`; empty otherwise.
    public var findings: [Finding] {
        if case .rejected(_, let findings) = self { return findings }
        return []
    }

    /// True when the failure was the network or the server's health rather
    /// than the request itself.
    public var isRemoteFailure: Bool {
        switch self {
        case .remote, .badResponse: true
        default: false
        }
    }
}
