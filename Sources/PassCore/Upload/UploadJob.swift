import Foundation

/// One file to put to its presigned link.
public struct UploadJob: Sendable, Equatable {
    public var file: AssetFile
    /// The presigned URL. Its query string is a credential: it is never
    /// logged, shown or saved (see `Redaction.url`).
    public var url: String

    public init(file: AssetFile, url: String) {
        self.file = file
        self.url = url
    }

    public var assetID: String { file.assetID }

    /// Pairs each upload link of a response with its file. `problems` names
    /// links without a file and files without a link.
    public static func plan(files: [AssetFile], uploads: [SubmissionResponse.AssetUpload]) -> (jobs: [UploadJob], problems: [String]) {
        var jobs: [UploadJob] = []
        var problems: [String] = []
        for upload in uploads {
            if let file = files.first(where: { $0.assetID == upload.assetID }) {
                jobs.append(UploadJob(file: file, url: upload.url))
            } else {
                problems.append("the server gave an upload link for asset \(upload.assetID), but no file was named for it")
            }
        }
        for file in files where !uploads.contains(where: { $0.assetID == file.assetID }) {
            problems.append("the server gave no upload link for asset \(file.assetID) (\(file.fileName))")
        }
        return (jobs, problems)
    }
}

/// Why an upload did not arrive.
public struct UploadFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// For the person at the screen.
    public var reason: String
    /// True when trying the same file again may work (network, server).
    public var retryable: Bool
    /// True when the link has expired: a new submission is needed for a new one.
    public var urlExpired: Bool

    public init(reason: String, retryable: Bool, urlExpired: Bool = false) {
        self.reason = reason
        self.retryable = retryable
        self.urlExpired = urlExpired
    }

    public var description: String { reason }
}

/// What happens to one asset while it uploads. Progress comes at most
/// every `UploadOptions.progressInterval` per file (and at the end).
public struct UploadEvent: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// The first byte is about to go; `total` bytes in all.
        case started(total: Int64)
        /// `sent` of `total` bytes handed to the connection.
        case progress(sent: Int64, total: Int64)
        /// Attempt `attempt` failed for `reason`; the next starts after `delay`.
        case retrying(attempt: Int, reason: String, delay: Duration)
        /// The store accepted the file; `sha256` of the bytes sent.
        case finished(sha256: String?)
        case failed(UploadFailure)
    }

    public var assetID: String
    public var change: Change

    public init(assetID: String, change: Change) {
        self.assetID = assetID
        self.change = change
    }
}

/// How one file ended.
public struct UploadResult: Sendable, Equatable {
    public var job: UploadJob
    public var size: Int64?
    public var sha256: String?
    /// nil when the file arrived.
    public var failure: UploadFailure?
    public var attempts: Int
    /// How long the attempt that delivered the file took, in seconds.
    public var seconds: Double?

    public var assetID: String { job.assetID }
    public var arrived: Bool { failure == nil }

    /// True when uploading this file again alone may work: it failed for a
    /// retryable reason and its link has not expired by `now`.
    public func canRetry(now: Date = Date()) -> Bool {
        guard let failure, failure.retryable, !failure.urlExpired else { return false }
        return PresignedURL.expiry(of: job.url).map { now < $0 } ?? true
    }
}

/// Settings of an upload run.
public struct UploadOptions: Sendable {
    /// Files in flight at once.
    public var concurrency: Int
    /// Attempts per file, the first included.
    public var maxAttempts: Int
    /// Bytes read from disk per chunk.
    public var chunkSize: Int
    /// At most one progress event per file per interval (50 ms: 20 Hz).
    public var progressInterval: Duration
    /// The deadline of one PUT of `size` bytes: a base plus time per MiB at a slow link.
    public var timeoutBase: Duration
    public var timeoutPerMiB: Duration

    public init(concurrency: Int = 4, maxAttempts: Int = 4, chunkSize: Int = UploadBuffering.chunkSize,
                progressInterval: Duration = .milliseconds(50), timeoutBase: Duration = .seconds(60),
                timeoutPerMiB: Duration = .seconds(10)) {
        self.concurrency = max(1, concurrency)
        self.maxAttempts = max(1, maxAttempts)
        self.chunkSize = max(4096, chunkSize)
        self.progressInterval = progressInterval
        self.timeoutBase = timeoutBase
        self.timeoutPerMiB = timeoutPerMiB
    }
}

/// A running set of uploads: its events as they happen, and the results
/// once every file ended. The event stream finishes with the last file.
public struct UploadRun: Sendable {
    public let events: AsyncStream<UploadEvent>
    let task: Task<[UploadResult], Never>

    /// Every file's result, in the order of the jobs.
    public func results() async -> [UploadResult] {
        await task.value
    }

    /// Stops every upload; unfinished files end as failed.
    public func cancel() {
        task.cancel()
    }
}
