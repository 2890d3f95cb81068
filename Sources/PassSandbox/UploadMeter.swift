import Foundation

/// How many bytes the upload store has read of each asset's latest upload,
/// as it reads them: what the sandbox has received, to compare with what a
/// client says it has sent.
final class UploadMeter: @unchecked Sendable {
    private let lock = NSLock()
    private var received: [String: Int64] = [:]

    /// `bytes` of `assetID` read so far by the upload under way (0 starts a new one).
    func update(assetID: String, bytes: Int64) {
        lock.withLock { received[assetID] = bytes }
    }

    func bytes(of assetID: String) -> Int64? {
        lock.withLock { received[assetID] }
    }
}
