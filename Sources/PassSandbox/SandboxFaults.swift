import Foundation
import PassCore

/// Faults the sandbox injects so a demo can show recovery. Set at start
/// (`--fault NAME=VALUE`) or while running (`POST /_sandbox/faults`,
/// `RunningSandbox.setFaults`).
public struct SandboxFaults: Sendable, Equatable {
    /// Added to every API answer.
    public var latencyMilliseconds = 0
    /// The share (0…1) of API requests answered 500 or 503.
    public var errorRate = 0.0
    /// The next N API requests are answered 503 (counts down).
    public var failNext = 0
    /// `Retry-After` seconds sent with injected 503s (nil: none).
    public var retryAfterSeconds: Int?
    /// The share (0…1) of uploads whose connection is dropped halfway.
    public var dropUploadRate = 0.0
    /// The next N uploads have their connection dropped halfway (counts down).
    public var dropNextUploads = 0
    /// New upload links are already expired.
    public var expiredUploadURLs = false
    /// The next N accepted submissions get links that are already expired (counts down).
    public var expireNextSubmissions = 0
    /// The upload store reads at most this many KiB per second (0: no limit).
    public var slowStoreKiBPerSecond = 0

    public init() {}

    /// One fault per name: `latency`, `error-rate`, `fail-next`, `retry-after`,
    /// `drop-upload-rate`, `drop-next-uploads`, `expired-urls`, `expired-next`, `slow-store`;
    /// each with what its value means.
    public static let names: [(name: String, value: String)] = [
        ("latency", "milliseconds added to every API answer"),
        ("error-rate", "share 0..1 of API answers that are 500/503"),
        ("fail-next", "the next N API answers are 503"),
        ("retry-after", "seconds of Retry-After on injected 503s"),
        ("drop-upload-rate", "share 0..1 of uploads dropped halfway"),
        ("drop-next-uploads", "the next N uploads are dropped halfway"),
        ("expired-urls", "true: new upload links are already expired"),
        ("expired-next", "the next N submissions get already expired upload links"),
        ("slow-store", "KiB per second the upload store reads (0: unlimited)"),
    ]

    /// Applies `NAME=VALUE` (a flag); `expired-urls` alone means true.
    public mutating func apply(_ text: String) throws(SandboxFaultError) {
        let parts = text.split(separator: "=", maxSplits: 1)
        let name = parts.first.map(String.init) ?? ""
        let value = parts.count > 1 ? String(parts[1]) : (name == "expired-urls" ? "true" : "")
        try set(name, .string(value))
    }

    /// Sets one fault from a JSON value (a number, boolean or numeric string).
    public mutating func set(_ name: String, _ value: JSONValue) throws(SandboxFaultError) {
        func number() throws(SandboxFaultError) -> Double {
            let text: String? = switch value {
            case .number(let n): n
            case .string(let s): s
            default: nil
            }
            guard let text, let d = Double(text), d >= 0, d.isFinite else { throw .badValue(name, JSONWriter.string(value).trimmingCharacters(in: .whitespacesAndNewlines)) }
            return d
        }
        func count() throws(SandboxFaultError) -> Int {
            let d = try number()
            guard d == d.rounded(), d <= 1_000_000 else { throw .badValue(name, JSONWriter.string(value).trimmingCharacters(in: .whitespacesAndNewlines)) }
            return Int(d)
        }
        func share() throws(SandboxFaultError) -> Double {
            let d = try number()
            guard d <= 1 else { throw .badValue(name, JSONWriter.string(value).trimmingCharacters(in: .whitespacesAndNewlines)) }
            return d
        }
        switch Self.flagName(name) {
        case "latency", "latency-ms": latencyMilliseconds = try count()
        case "error-rate": errorRate = try share()
        case "fail-next": failNext = try count()
        case "retry-after":
            if value.isNull { retryAfterSeconds = nil } else { retryAfterSeconds = try count() }
        case "drop-upload-rate": dropUploadRate = try share()
        case "drop-next-uploads": dropNextUploads = try count()
        case "expired-urls":
            switch value {
            case .bool(let b): expiredUploadURLs = b
            case .string("true"), .string("1"): expiredUploadURLs = true
            case .string("false"), .string("0"): expiredUploadURLs = false
            default: throw .badValue(name, JSONWriter.string(value).trimmingCharacters(in: .whitespacesAndNewlines))
            }
        case "expired-next": expireNextSubmissions = try count()
        case "slow-store": slowStoreKiBPerSecond = try count()
        default: throw .unknown(name)
        }
    }

    /// A fault's name as the flag writes it: `fail_next` (the JSON member) is `fail-next`.
    static func flagName(_ name: String) -> String {
        let flag = name.replacingOccurrences(of: "_", with: "-")
        return flag == "latency-ms" ? "latency" : flag
    }

    /// The faults as the JSON of `GET /_sandbox/faults`.
    public var json: JSONValue {
        .object(JSONObject([
            .init("latency", .number(String(latencyMilliseconds))),
            .init("error_rate", .number(String(errorRate))),
            .init("fail_next", .number(String(failNext))),
            .init("retry_after", retryAfterSeconds.map { .number(String($0)) } ?? .null),
            .init("drop_upload_rate", .number(String(dropUploadRate))),
            .init("drop_next_uploads", .number(String(dropNextUploads))),
            .init("expired_urls", .bool(expiredUploadURLs)),
            .init("expired_next", .number(String(expireNextSubmissions))),
            .init("slow_store", .number(String(slowStoreKiBPerSecond))),
        ]))
    }

    /// A copy with the members of `object` set (others unchanged).
    public func updated(with object: JSONObject) throws(SandboxFaultError) -> SandboxFaults {
        var copy = self
        for member in object.members { try copy.set(member.key, member.value) }
        return copy
    }
}

/// A fault setting that is not one.
public enum SandboxFaultError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknown(String)
    case badValue(String, String)

    public var description: String {
        switch self {
        case .unknown(let name):
            "no fault named \(TextSanitizer.sanitize(name)); faults: " + SandboxFaults.names.map(\.name).joined(separator: ", ")
        case .badValue(let name, let value):
            TextSanitizer.sanitize("\(name)=\(value)") + " is not a value for it; " + (SandboxFaults.names.first { $0.name == SandboxFaults.flagName(name) }?.value ?? "")
        }
    }
}

