import Foundation
import PassCore

/// The optional JSON-lines file of a sandbox: one line per change of a
/// record (its whole state); on start the last line of each request wins.
/// Request bodies are not written (only their size and SHA-256).
final class SandboxJournal: @unchecked Sendable {
    let path: String
    private let lock = NSLock()

    init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try AppPaths.makeDirectory(directory) }
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
        }
    }

    /// Lines in the file, as of its last compaction and the appends since.
    var linesWritten: Int { lock.withLock { written } }
    private var written = 0

    func append(_ record: SandboxRecord) {
        let line = Self.line(record)
        lock.lock()
        defer { lock.unlock() }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: line)
        written += 1
    }

    /// One record as one line (JSONWriter escapes every newline and control in it).
    static func line(_ record: SandboxRecord) -> [UInt8] {
        var line = JSONWriter.bytes(encode(record)).filter { $0 != 0x0A }
        line.append(0x0A)
        return line
    }

    /// Rewrites the file with one line per record of `records` (temporary
    /// file, then renamed over it), when it holds more than those lines.
    func compact(to records: [SandboxRecord]) {
        lock.lock()
        defer { lock.unlock() }
        let lines = (try? FileReader.read(path, limit: 512 << 20))?.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0
        guard lines > records.count else {
            written = lines
            return
        }
        let temporary = path + ".compact-" + SandboxOptions.randomToken(bytes: 6)
        let bytes = records.flatMap(Self.line)
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes), attributes: [.posixPermissions: 0o600]),
            rename(temporary, path) == 0
        else {
            try? FileManager.default.removeItem(atPath: temporary)
            return
        }
        written = records.count
    }

    /// The records of the file, the last state of each; broken lines skipped.
    func load() -> [SandboxRecord] {
        guard let bytes = try? FileReader.read(path, limit: 512 << 20) else { return [] }
        var latest: [String: SandboxRecord] = [:]
        var order: [String] = []
        for line in bytes.split(separator: 0x0A) {
            guard let value = try? JSONParser.parse(Array(line)), let record = Self.decode(value) else { continue }
            if latest[record.requestID] == nil { order.append(record.requestID) }
            latest[record.requestID] = record
        }
        return order.compactMap { latest[$0] }
    }

    static func encode(_ r: SandboxRecord) -> JSONValue {
        func date(_ d: Date?) -> JSONValue { d.map { .number(String($0.timeIntervalSince1970)) } ?? .null }
        return .object(JSONObject([
            .init("request_id", .string(r.requestID)), .init("id", .string(r.id)), .init("kind", .string(r.kind.rawValue)),
            .init("client_id", .string(r.clientID)), .init("received_at", date(r.receivedAt)),
            .init("item_ids", .array(r.itemIDs.map(JSONValue.string))),
            .init("counts", .object(JSONObject(r.counts.map { .init($0.key, .number(String($0.value))) }))),
            .init("document_type", r.documentType.map(JSONValue.string) ?? .null),
            .init("body_size", .number(String(r.bodySize))), .init("body_sha256", .string(r.bodySHA256)),
            .init("verified_at", date(r.verifiedAt)),
            .init("declined_at", date(r.declinedAt)),
            .init("holder_key", r.holderKey.map(JSONValue.string) ?? .null),
            .init("assets", .array(r.assets.map { a in
                .object(JSONObject([
                    .init("asset_id", .string(a.assetID)), .init("declared_type", .string(a.declaredType.rawValue)),
                    .init("link_nonce", .string(a.linkNonce)), .init("link_expires_at", date(a.linkExpiresAt)),
                    .init("link_used", .bool(a.linkUsed)),
                    .init("upload", a.upload.map { u in
                        .object(JSONObject([
                            .init("size", .number(String(u.size))), .init("content_type", .string(u.contentType)),
                            .init("sha256", .string(u.sha256)), .init("received_at", date(u.receivedAt)),
                            .init("stored_at", u.storedAt.map(JSONValue.string) ?? .null),
                        ]))
                    } ?? .null),
                    .init("failure", a.failure.map { f in
                        .object(JSONObject([
                            .init("reason", .string(f.reason)), .init("at", date(f.at)),
                            .init("attempts", .number(String(f.attempts))),
                        ]))
                    } ?? .null),
                ]))
            })),
        ]))
    }

    static func decode(_ v: JSONValue) -> SandboxRecord? {
        func date(_ value: JSONValue?) -> Date? {
            guard case .number(let n)? = value, let d = Double(n) else { return nil }
            return Date(timeIntervalSince1970: d)
        }
        func int(_ value: JSONValue?) -> Int? {
            guard case .number(let n)? = value else { return nil }
            return Int(n)
        }
        guard let requestID = v["request_id"]?.stringValue, let id = v["id"]?.stringValue,
            let kind = v["kind"]?.stringValue.flatMap(PayloadKind.init(rawValue:)),
            let clientID = v["client_id"]?.stringValue, let receivedAt = date(v["received_at"])
        else { return nil }
        var counts: [String: Int] = [:]
        for member in v["counts"]?.objectValue?.members ?? [] { counts[member.key] = int(member.value) }
        let assets: [SandboxRecord.Asset] = (v["assets"]?.arrayValue ?? []).compactMap { a in
            guard let assetID = a["asset_id"]?.stringValue,
                let type = a["declared_type"]?.stringValue.flatMap(AssetType.init(rawValue:)),
                let nonce = a["link_nonce"]?.stringValue, let expires = date(a["link_expires_at"])
            else { return nil }
            var upload: SandboxRecord.Upload?
            if let u = a["upload"], let size = int(u["size"]), let type = u["content_type"]?.stringValue,
                let sha = u["sha256"]?.stringValue, let at = date(u["received_at"]) {
                upload = .init(size: Int64(size), contentType: type, sha256: sha, receivedAt: at, storedAt: u["stored_at"]?.stringValue)
            }
            var failure: SandboxRecord.UploadFailure?
            if let f = a["failure"], let reason = f["reason"]?.stringValue, let at = date(f["at"]) {
                failure = .init(reason: reason, at: at, attempts: int(f["attempts"]) ?? 1)
            }
            return .init(assetID: assetID, declaredType: type, linkNonce: nonce, linkExpiresAt: expires,
                         linkUsed: a["link_used"]?.boolValue ?? false, upload: upload, failure: failure)
        }
        return SandboxRecord(
            requestID: requestID, id: id, kind: kind, clientID: clientID, receivedAt: receivedAt,
            itemIDs: (v["item_ids"]?.arrayValue ?? []).compactMap(\.stringValue), counts: counts,
            documentType: v["document_type"]?.stringValue, bodySize: int(v["body_size"]) ?? 0,
            bodySHA256: v["body_sha256"]?.stringValue ?? "", body: nil, verifiedAt: date(v["verified_at"]), assets: assets,
            declinedAt: date(v["declined_at"]), holderKey: v["holder_key"]?.stringValue)
    }
}
