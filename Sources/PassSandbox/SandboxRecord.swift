import Foundation
import PassCore

/// One request the sandbox accepted, with its assets and where it stands.
public struct SandboxRecord: Sendable, Equatable {
    /// The sandbox's own id: the `content` of the redirect URI.
    public var requestID: String
    /// The request's own id (`credential_id`, or `id` of a single request).
    public var id: String
    public var kind: PayloadKind
    public var clientID: String
    public var receivedAt: Date
    /// Item credential ids of a batch; status calls answer for them too.
    public var itemIDs: [String]
    public var counts: [String: Int]
    public var documentType: String?
    public var bodySize: Int
    public var bodySHA256: String
    /// The body, when it was small enough to keep.
    public var body: [UInt8]?
    public var verifiedAt: Date?
    public var assets: [Asset]
    /// When the holder declined it on the holder's page.
    public var declinedAt: Date? = nil
    /// The SHA-256 of the holder-page cookie of whoever accepted or
    /// declined it: the first visitor owns the link.
    public var holderKey: String? = nil

    /// A declared asset, its upload link and what arrived.
    public struct Asset: Sendable, Equatable {
        public var assetID: String
        public var declaredType: AssetType
        /// The link's nonce; a new submission of the same request makes a new one.
        public var linkNonce: String
        public var linkExpiresAt: Date
        public var linkUsed: Bool
        public var upload: Upload?
        /// The last upload attempt on this link that did not arrive, if any.
        public var failure: UploadFailure? = nil
    }

    /// An upload attempt that failed, as the holder's page tells it.
    public struct UploadFailure: Sendable, Equatable {
        /// What went wrong, in a clause ("the connection closed before the whole file arrived").
        public var reason: String
        public var at: Date
        /// Failed attempts on the current link.
        public var attempts: Int
    }

    /// What arrived for an asset.
    public struct Upload: Sendable, Equatable {
        public var size: Int64
        public var contentType: String
        public var sha256: String
        public var receivedAt: Date
        /// Where the bytes were written, when a folder was given.
        public var storedAt: String?
    }

    /// The status at `now`, with requests unfinished after `lifetime` canceled.
    public func status(now: Date, lifetime: Duration) -> SubmissionStatus.State {
        if verifiedAt != nil { return .verified }
        if declinedAt != nil { return .canceled }
        return now >= expiresAt(lifetime) ? .canceled : .incomplete
    }

    func expiresAt(_ lifetime: Duration) -> Date {
        receivedAt.addingTimeInterval(lifetime.inSeconds)
    }

    /// The status answer for `id` (the request's or one item's).
    func statusAnswer(for id: String, now: Date, lifetime: Duration) -> SubmissionStatus {
        let state = status(now: now, lifetime: lifetime)
        let finalized: Date? = switch state {
        case .verified: verifiedAt
        case .canceled: declinedAt ?? expiresAt(lifetime)
        case .incomplete: nil
        }
        return SubmissionStatus(id: id, status: state, finalizedAt: finalized.map(ISO8601.string))
    }

    /// The record as `GET /_sandbox/requests` shows it.
    func json(now: Date, lifetime: Duration, includeBody: Bool) -> JSONValue {
        let status = statusAnswer(for: id, now: now, lifetime: lifetime)
        var members: [JSONObject.Member] = [
            .init("request_id", .string(requestID)),
            .init("id", .string(id)),
            .init("kind", .string(kind.rawValue)),
            .init("client_id", .string(clientID)),
            .init("received_at", .string(ISO8601.string(receivedAt))),
            .init("status", .string(status.status.rawValue)),
            .init("finalized_at", status.finalizedAt.map(JSONValue.string) ?? .null),
            .init("counts", .object(JSONObject(counts.keys.sorted().map { .init($0, .number(String(counts[$0] ?? 0))) }))),
            .init("body_size", .number(String(bodySize))),
            .init("body_sha256", .string(bodySHA256)),
            .init("uploads", .array(assets.map { asset in
                var fields: [JSONObject.Member] = [
                    .init("asset_id", .string(asset.assetID)),
                    .init("declared_type", .string(asset.declaredType.rawValue)),
                    .init("received", .bool(asset.upload != nil)),
                ]
                if let upload = asset.upload {
                    fields += [
                        .init("size", .number(String(upload.size))),
                        .init("content_type", .string(upload.contentType)),
                        .init("sha256", .string(upload.sha256)),
                        .init("received_at", .string(ISO8601.string(upload.receivedAt))),
                    ]
                }
                return .object(JSONObject(fields))
            })),
        ]
        if includeBody, let body, let value = try? JSONParser.parse(body) {
            members.append(.init("body", value))
        }
        return .object(JSONObject(members))
    }
}

/// ISO 8601 times in UTC, as the API writes them.
enum ISO8601 {
    static func string(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func date(_ text: String) -> Date? {
        ISO8601DateFormatter().date(from: text)
    }
}
