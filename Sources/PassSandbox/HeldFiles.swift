import Foundation

/// The bytes of recently arrived files, so the holder's page can open
/// them without `--keep-uploads`: files up to `fileLimit` bytes, at most
/// `totalLimit` bytes in all (the oldest make room). Larger files are
/// kept as size and SHA-256 only, as before.
final class HeldFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]
    private var order: [String] = []
    private var total = 0
    let fileLimit: Int
    let totalLimit: Int

    init(fileLimit: Int, totalLimit: Int) {
        self.fileLimit = max(0, min(fileLimit, totalLimit))
        self.totalLimit = max(0, totalLimit)
    }

    private static func key(_ requestID: String, _ assetID: String) -> String {
        requestID + "\n" + assetID
    }

    /// The held bytes of a file, if they are still held.
    func bytes(requestID: String, assetID: String) -> [UInt8]? {
        lock.withLock { files[Self.key(requestID, assetID)] }
    }

    /// A collector for an upload under way, or nil when it cannot be held
    /// (holding is off, or the upload says it is larger than the limit).
    func collector(requestID: String, assetID: String, declaredLength: Int64?) -> Collector? {
        guard fileLimit > 0, (declaredLength ?? 0) <= Int64(fileLimit) else { return nil }
        return Collector(key: Self.key(requestID, assetID), limit: fileLimit, owner: self)
    }

    fileprivate func keep(_ key: String, _ bytes: [UInt8]) {
        lock.withLock {
            if let old = files.removeValue(forKey: key) {
                total -= old.count
                order.removeAll { $0 == key }
            }
            files[key] = bytes
            order.append(key)
            total += bytes.count
            while total > totalLimit, let oldest = order.first {
                order.removeFirst()
                total -= files.removeValue(forKey: oldest)?.count ?? 0
            }
        }
    }

    /// The bytes of one upload as they stream in; given up once they pass
    /// the limit, kept only by `commit()` (after the store took the file).
    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes: [UInt8]? = []
        private let key: String
        private let limit: Int
        private let owner: HeldFiles

        fileprivate init(key: String, limit: Int, owner: HeldFiles) {
            self.key = key
            self.limit = limit
            self.owner = owner
        }

        func append(_ chunk: some Collection<UInt8>) {
            lock.withLock {
                guard let held = bytes else { return }
                if held.count + chunk.count > limit {
                    bytes = nil
                } else {
                    bytes?.append(contentsOf: chunk)
                }
            }
        }

        func commit() {
            guard let held = lock.withLock({ bytes }) else { return }
            owner.keep(key, held)
        }
    }
}
