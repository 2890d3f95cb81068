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
    /// for the last chunk (when `total` bytes were handed over).
    init(total: Int64, interval: Duration, report: @escaping @Sendable (Int64) -> Void) {
        self.total = total
        self.interval = interval
        self.report = report
    }

    func consume(_ bytes: UnsafeRawBufferPointer, sent: Int64) {
        let now = ContinuousClock.now
        let due: Bool
        lock.lock()
        hasher.update(bufferPointer: bytes)
        if sent < total, let last = lastReport, now - last < interval {
            due = false
        } else {
            lastReport = now
            due = true
        }
        lock.unlock()
        if due { report(sent) }
    }

    func finish() {
        lock.lock()
        if digest == nil { digest = Checksum.hex(hasher.finalize()) }
        lock.unlock()
    }

    /// The hex SHA-256 once every byte was read.
    var sha256: String? {
        lock.lock()
        defer { lock.unlock() }
        return digest
    }
}
