import Foundation
import PassCore

/// A request as the holder's page sees it at one moment: its status,
/// time left, credentials and files.
struct HolderRequest: Sendable {
    let record: SandboxRecord
    let status: SubmissionStatus.State
    let expiresAt: Date
    let secondsLeft: Int
    /// Nil when the sandbox did not keep the body (too large, or read back from a journal).
    let cards: [HolderCard]?
    let holderName: String?
    let files: [HolderFile]
    /// The body was larger than the sandbox keeps.
    let bodyTooLarge: Bool

    init(_ record: SandboxRecord, now: Date, lifetime: Duration, keptBodyLimit: Int, canOpen: (String) -> Bool) {
        self.record = record
        status = record.status(now: now, lifetime: lifetime)
        expiresAt = record.expiresAt(lifetime)
        secondsLeft = max(0, Int(expiresAt.timeIntervalSince(now).rounded(.up)))
        let value = record.body.flatMap { try? JSONParser.parse($0) }
        cards = value.map { HolderCard.cards(of: $0, kind: record.kind) }
        holderName = value.flatMap { HolderCard.holderName(of: $0, kind: record.kind) }
        files = record.assets.map { HolderFile($0, requestID: record.requestID, canOpen: canOpen($0.assetID), now: now) }
        bodyTooLarge = record.bodySize > keptBodyLimit
    }

    /// The credentials in a count: "10 credentials".
    var credentialCount: String {
        HolderText.count(cards?.count ?? record.counts.values.reduce(0, +), "credential")
    }

    /// "in 47 h 59 min"
    var timeLeft: String {
        "in " + HolderText.span(seconds: secondsLeft)
    }

    var filesByID: [String: HolderFile] {
        Dictionary(files.map { ($0.assetID, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// What the status endpoint answers; the page polls it once a second.
    var statusJSON: JSONValue {
        .object(JSONObject([
            .init("status", .string(status.rawValue)),
            .init("expires_at", .string(ISO8601.string(expiresAt))),
            .init("seconds_left", .number(String(status == .incomplete ? secondsLeft : 0))),
            .init("time_left", .string(timeLeft)),
            .init("files_summary", .string(HolderFile.summary(files))),
            .init("files", .array(files.map(\.json))),
        ]))
    }
}
