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

    /// The message, for a screen, a log or standard error. The server's
    /// words in it have every secret redacted and are shown visibly, each
    /// on its own line (an escape or a newline from a server is shown, not sent).
    public var description: String {
        switch self {
        case .rejected(let status, let findings):
            "the server refused the request (HTTP \(status))"
                + (findings.isEmpty ? "" : ":\n" + findings.map { Self.shown("  \($0.path): \($0.message)") }.joined(separator: "\n"))
        case .unauthorized(let text): "not authorised: \(Self.shown(text))"
        case .forbidden(let text): "not allowed: \(Self.shown(text))"
        case .refused(let status, let message): "the server refused the request (HTTP \(status)): \(Self.shown(message))"
        case .remote(let attempts, let cause):
            "no answer from the server after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(Self.shown(cause))"
        case .badResponse(let text): "the server's answer could not be read: \(Self.shown(text))"
        case .configuration(let text): Self.shown(text)
        case .cancelled: "cancelled"
        }
    }

    /// Server text as a message shows it: no secret, nothing a terminal acts on, one line.
    static func shown(_ text: String) -> String {
        TextSanitizer.sanitize(Redaction.text(text))
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
