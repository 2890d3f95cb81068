import Foundation
import PassCore

/// What the sandbox holds: the requests it accepted, their uploads and
/// statuses, the faults in force and the token generation. Bounded: at
/// most `maximumRequests` requests (the oldest go first); uploads keep only
/// size, type and SHA-256 (bytes go to disk when a folder is set).
actor SandboxStore {
    private var index: RecordIndex
    private(set) var faults: SandboxFaults
    private(set) var tokenGeneration = 0
    /// Calls per route name, for demos and tests.
    private(set) var calls: [String: Int] = [:]
    private let maximumRequests: Int
    private let journal: SandboxJournal?

    init(options: SandboxOptions) throws {
        faults = options.faults
        maximumRequests = max(1, options.maximumRequests)
        var index = RecordIndex(maximum: maximumRequests)
        if let path = options.journalPath {
            let journal = try SandboxJournal(path: path)
            self.journal = journal
            for record in journal.load() { index.remember(record) }
            journal.compact(to: index.order.compactMap { index.records[$0] })
        } else {
            journal = nil
        }
        self.index = index
    }

    // MARK: Requests

    /// The live record for `id` (the request's own id or an item's).
    func record(forID id: String) -> SandboxRecord? {
        index.byID[id].flatMap { index.records[$0] }
    }

    /// The record for `id`, as its own/item id or as the sandbox's request id.
    func find(_ id: String) -> SandboxRecord? {
        record(forID: id) ?? index.records[id]
    }

    func record(requestID: String) -> SandboxRecord? {
        index.records[requestID]
    }

    /// Every record, oldest first.
    func all() -> [SandboxRecord] {
        index.order.compactMap { index.records[$0] }
    }

    /// Stores `record` as new or replacing the one of the same request id.
    func save(_ record: SandboxRecord) {
        remember(record)
        journal?.append(record)
        // Bounded on disk too: once it holds many more lines than requests
        // kept, the journal is rewritten with the last state of each.
        if let journal, journal.linesWritten > 8 * maximumRequests {
            journal.compact(to: all())
        }
    }

    private func remember(_ record: SandboxRecord) {
        index.remember(record)
    }

    /// Marks the request verified at `now`; false when unknown or no longer incomplete.
    func accept(id: String, now: Date, lifetime: Duration) -> Bool {
        guard var record = find(id) else { return false }
        guard record.status(now: now, lifetime: lifetime) == .incomplete else { return record.verifiedAt != nil }
        record.verifiedAt = now
        save(record)
        return true
    }

    // MARK: Uploads

    enum LinkCheck {
        case ok(SandboxRecord.Asset)
        case unknown
        case expired
        case used
    }

    /// Whether the link `nonce` for `assetID` of `requestID` may take an upload now.
    func checkLink(requestID: String, assetID: String, nonce: String, now: Date) -> LinkCheck {
        guard let record = index.records[requestID], let asset = record.assets.first(where: { $0.assetID == assetID }),
            asset.linkNonce == nonce
        else { return .unknown }
        if asset.linkUsed { return .used }
        if now >= asset.linkExpiresAt { return .expired }
        return .ok(asset)
    }

    /// Records an arrived upload and uses up its link.
    func arrived(requestID: String, assetID: String, nonce: String, upload: SandboxRecord.Upload) -> Bool {
        guard var record = index.records[requestID], let i = record.assets.firstIndex(where: { $0.assetID == assetID }),
            record.assets[i].linkNonce == nonce, !record.assets[i].linkUsed
        else { return false }
        record.assets[i].linkUsed = true
        record.assets[i].upload = upload
        save(record)
        return true
    }

    // MARK: Faults

    func setFaults(_ faults: SandboxFaults) {
        self.faults = faults
    }

    /// Whether this API request gets an injected error, and which status.
    func drawAPIFault() -> Int? {
        if faults.failNext > 0 {
            faults.failNext -= 1
            return 503
        }
        guard faults.errorRate > 0, Double.random(in: 0..<1) < faults.errorRate else { return nil }
        return Bool.random() ? 500 : 503
    }

    /// Whether this upload's connection is dropped halfway.
    func drawUploadDrop() -> Bool {
        if faults.dropNextUploads > 0 {
            faults.dropNextUploads -= 1
            return true
        }
        return faults.dropUploadRate > 0 && Double.random(in: 0..<1) < faults.dropUploadRate
    }

    /// Whether this submission's new links are already expired.
    func drawExpiredLinks() -> Bool {
        if faults.expiredUploadURLs { return true }
        guard faults.expireNextSubmissions > 0 else { return false }
        faults.expireNextSubmissions -= 1
        return true
    }

    func count(_ route: String) {
        calls[route, default: 0] += 1
    }

    // MARK: Tokens

    /// Every token issued before now stops working.
    func revokeTokens() {
        tokenGeneration += 1
    }
}

/// The records by request id, in arrival order, with the lookup by the
/// request's own id and its items' ids; at most `maximum` records.
struct RecordIndex {
    var records: [String: SandboxRecord] = [:]
    var order: [String] = []
    var byID: [String: String] = [:]
    let maximum: Int

    init(maximum: Int) {
        self.maximum = maximum
    }

    mutating func remember(_ record: SandboxRecord) {
        if let old = records[record.requestID] {
            forget(ids: old)
        } else {
            order.append(record.requestID)
        }
        records[record.requestID] = record
        for id in [record.id] + record.itemIDs { byID[id] = record.requestID }
        while order.count > maximum {
            let dropped = order.removeFirst()
            if let old = records.removeValue(forKey: dropped) { forget(ids: old) }
        }
    }

    private mutating func forget(ids record: SandboxRecord) {
        for id in [record.id] + record.itemIDs where byID[id] == record.requestID { byID[id] = nil }
    }
}
