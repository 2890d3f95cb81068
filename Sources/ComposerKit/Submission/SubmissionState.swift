import PassCore

/// The submit screen's state: a pure machine fed with the events of a
/// `SubmissionFlow` and of single-file retries, with the time each arrived.
public struct SubmissionState: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// The summary is shown; nothing sent yet.
        case ready
        case authenticating
        case sending
        case uploading
        /// The request was taken and every file arrived.
        case done
        /// The request was taken; some files did not arrive.
        case incomplete
        /// The request was not taken.
        case failed(String)
    }

    /// One file's upload as the screen shows it.
    public struct FileProgress: Sendable, Equatable {
        public enum State: Sendable, Equatable {
            case waiting
            case uploading
            case retrying(attempt: Int, reason: String, delaySeconds: Double)
            case arrived(sha256: String?)
            case failed(reason: String, retryable: Bool, expired: Bool)
        }

        public var assetID: String
        public var fileName: String
        public var type: AssetType
        public var total: Int64?
        public var sent: Int64 = 0
        public var state: State = .waiting
        /// The attempt under way or last made (1 until a retry).
        public var attempt = 1
        /// Why the previous attempt failed, once one did.
        public var lastFailure: String?
        /// The smoothed speed of the attempt under way.
        public internal(set) var speed = TransferRate()

        /// Bytes per second, smoothed (nil until half a second of progress has been seen:
        /// at first the connection's buffers take bytes faster than the wire).
        public var rate: Double? { speed.bytesPerSecond }

        /// Seconds left at the current rate.
        public var secondsLeft: Double? { speed.secondsLeft(sent: sent, total: total) }

        public var fraction: Double {
            guard let total, total > 0 else { return state.isArrived ? 1 : 0 }
            return min(1, Double(sent) / Double(total))
        }

        /// True when this file alone can be sent again on its link.
        public var canRetry: Bool {
            if case .failed(_, let retryable, let expired) = state { return retryable && !expired }
            return false
        }

        public var linkExpired: Bool {
            if case .failed(_, _, true) = state { return true }
            return false
        }
    }

    public private(set) var phase: Phase = .ready
    public let summary: SubmissionSummary
    public private(set) var response: SubmissionResponse?
    public private(set) var files: [FileProgress] = []
    /// What the server said was wrong, with paths (they land on the fields).
    public private(set) var serverFindings: [Finding] = []
    /// Notes: links that did not match files, a history that could not be written.
    public private(set) var notes: [String] = []
    /// The upload of each file, kept to retry it alone.
    public private(set) var jobs: [String: UploadJob] = [:]
    public private(set) var startedAt: Double?
    public private(set) var finishedAt: Double?
    public private(set) var historyEntry: HistoryEntry?
    /// The API call failed and is tried again (until the next step begins).
    public private(set) var apiRetry: RetryNotice?
    /// Files that arrived in an earlier run of the same request; they are not sent again.
    public private(set) var kept: [FileProgress] = []

    public init(summary: SubmissionSummary) {
        self.summary = summary
    }

    /// A fresh state for submitting the same request again: the files that
    /// already arrived stay arrived and are not sent again.
    public func resubmission() -> SubmissionState {
        var next = SubmissionState(summary: summary)
        next.kept = files.filter(\.state.isArrived) + kept.filter { old in !files.contains { $0.assetID == old.assetID } }
        return next
    }

    /// The asset ids of the files that arrived in an earlier run.
    public var keptAssetIDs: Set<String> { Set(kept.map(\.assetID)) }

    /// True while something is in flight.
    public var isRunning: Bool {
        switch phase {
        case .authenticating, .sending, .uploading: true
        default: false
        }
    }

    /// Bytes sent and to send over every file.
    public var overall: (sent: Int64, total: Int64) {
        files.reduce((0, 0)) { ($0.0 + $1.sent, $0.1 + ($1.total ?? 0)) }
    }

    /// Bytes per second over the files uploading now (a finished file's last rate does not count).
    public var overallRate: Double? {
        let moving = files.filter { file in file.state == .uploading && file.sent < (file.total ?? .max) }
        let rates = moving.compactMap(\.rate)
        return rates.isEmpty ? nil : rates.reduce(0, +)
    }

    public mutating func start(at now: Double) {
        phase = .authenticating
        startedAt = now
        finishedAt = nil
        serverFindings = []
        notes = []
        apiRetry = nil
    }

    public mutating func apply(_ event: SubmissionFlow.Event, at now: Double) {
        switch event {
        case .authenticating:
            phase = .authenticating
        case .sending:
            phase = .sending
            apiRetry = nil
        case .retrying(let notice):
            apiRetry = notice
        case .accepted(let response, let jobs, let problems):
            apiRetry = nil
            self.response = response
            notes += problems
            let fresh = jobs.map { job in
                FileProgress(assetID: job.assetID, fileName: job.file.fileName, type: job.file.type, total: job.file.size)
            }
            let order = summary.files.map(\.assetID)
            let rank = { (file: FileProgress) in order.firstIndex(of: file.assetID) ?? order.count }
            let earlier = kept.filter { old in !fresh.contains { $0.assetID == old.assetID } }
            files = (earlier + fresh).enumerated().sorted { a, b in
                (rank(a.element), a.offset) < (rank(b.element), b.offset)
            }.map(\.element)
            for job in jobs { self.jobs[job.assetID] = job }
            phase = jobs.isEmpty ? .done : .uploading
        case .upload(let upload):
            apply(upload, at: now)
        case .finished(let outcome):
            apiRetry = nil
            finishedAt = now
            historyEntry = outcome.historyEntry ?? historyEntry
            if let problem = outcome.historyProblem { notes.append(problem) }
            if let error = outcome.error {
                serverFindings = error.findings
                phase = .failed(error.description)
            } else {
                settle()
            }
        }
    }

    /// Applies one file's event (from the whole run or a retry of that file).
    public mutating func apply(_ event: UploadEvent, at now: Double) {
        guard let index = files.firstIndex(where: { $0.assetID == event.assetID }) else { return }
        var file = files[index]
        switch event.change {
        case .started(let total):
            file.total = total
            file.sent = 0
            file.state = .uploading
            file.speed.reset()
            file.speed.record(bytes: 0, at: now)
        case .progress(let sent, let total):
            file.total = total
            file.sent = sent
            file.state = .uploading
            file.speed.record(bytes: sent, at: now)
        case .retrying(let attempt, let reason, let delay):
            file.state = .retrying(attempt: attempt, reason: reason, delaySeconds: delay.inSeconds)
            file.attempt = attempt + 1
            file.lastFailure = reason
            file.sent = 0
            file.speed.reset()
        case .finished(let sha):
            if let total = file.total { file.sent = total }
            file.state = .arrived(sha256: sha)
        case .failed(let failure):
            file.state = .failed(reason: failure.reason, retryable: failure.retryable, expired: failure.urlExpired)
        }
        files[index] = file
        if phase == .incomplete || phase == .done { settle() }
    }

    /// Marks a retry of one file as started.
    public mutating func retrying(_ assetID: String, at now: Double) {
        guard let index = files.firstIndex(where: { $0.assetID == assetID }) else { return }
        files[index].state = .waiting
        files[index].sent = 0
        files[index].speed.reset()
        files[index].attempt = 1
        files[index].lastFailure = nil
        phase = .uploading
        finishedAt = nil
    }

    /// The outcome once nothing is in flight.
    public mutating func settle() {
        let pending = files.contains { file in
            switch file.state {
            case .waiting, .uploading, .retrying: true
            default: false
            }
        }
        if pending { phase = .uploading; return }
        phase = files.allSatisfy(\.state.isArrived) ? .done : .incomplete
    }
}

extension SubmissionState.FileProgress.State {
    public var isArrived: Bool {
        if case .arrived = self { return true }
        return false
    }
}
