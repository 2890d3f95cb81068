import Foundation
import PassCore

/// What the holder chose on the holder's page.
enum HolderChoice: String, Sendable {
    case accept
    case decline
}

/// What became of a holder's choice.
enum HolderOutcome: Sendable {
    /// No request has this id.
    case unknown
    /// The choice was taken: the request is now verified or canceled.
    case taken(SandboxRecord)
    /// Too late: it was already accepted, declined or expired.
    case tooLate(SandboxRecord)
}

extension SandboxStore {
    /// The holder with the cookie key `holderKey` accepts or declines the
    /// request `requestID` (the sandbox's own id, never the partner's):
    /// only while it is incomplete; the one who chose owns it.
    func decide(requestID: String, _ choice: HolderChoice, holderKey: String, now: Date, lifetime: Duration) -> HolderOutcome {
        guard var record = record(requestID: requestID) else { return .unknown }
        guard record.status(now: now, lifetime: lifetime) == .incomplete else { return .tooLate(record) }
        switch choice {
        case .accept: record.verifiedAt = now
        case .decline: record.declinedAt = now
        }
        record.holderKey = holderKey
        save(record)
        return .taken(record)
    }

    /// Notes an upload of `assetID` that did not arrive, for the holder's page.
    func uploadFailed(requestID: String, assetID: String, reason: String, now: Date) {
        guard var record = record(requestID: requestID),
            let i = record.assets.firstIndex(where: { $0.assetID == assetID }), record.assets[i].upload == nil
        else { return }
        let attempts = (record.assets[i].failure?.attempts ?? 0) + 1
        record.assets[i].failure = SandboxRecord.UploadFailure(reason: reason, at: now, attempts: attempts)
        save(record)
    }
}
