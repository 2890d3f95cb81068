import Crypto
import Foundation

/// The running state of one pass over a file: the SHA-256 of the bytes
/// handed to the HTTP client, how many, and throttled progress reports.
final class UploadPass: @unchecked Sendable {
    private let lock = NSLock()
    private var hasher = SHA256()
    private var digest: String?
    private var lastReport: ContinuousClock.Instant?
    private let interval: Duration
    private let total: Int64
    private let report: @Sendable (Int64) -> Void

    /// `report` gets the byte count at most once per `interval`, and always
    /// once every byte was handed over (`finish`).
    init(total: Int64, interval: Duration, report: @escaping @Sendable (Int64) -> Void) {
        self.total = total
        self.interval = interval
        self.report = report
    }

    /// Hashes the next chunk.
    func consume(_ bytes: UnsafeRawBufferPointer) {
        lock.lock()
        hasher.update(bufferPointer: bytes)
        lock.unlock()
    }

    /// The connection has taken the first `sent` bytes.
    func handedOver(_ sent: Int64) {
        let now = ContinuousClock.now
        let due: Bool
        lock.lock()
        if let last = lastReport, now - last < interval {
            due = false
        } else {
            lastReport = now
            due = true
        }
        lock.unlock()
        if due { report(sent) }
    }

    /// Every byte was read and handed over.
    func finish() {
        lock.lock()
        let first = digest == nil
        if first { digest = Checksum.hex(hasher.finalize()) }
        lock.unlock()
        if first { report(total) }
    }

    /// The hex SHA-256 once every byte was read.
    var sha256: String? {
        lock.lock()
        defer { lock.unlock() }
        return digest
    }
}
