import Foundation

/// One submission from start to end, as the `submit` command and the
/// composer's submit screen both run it: authenticate, send the canonical
/// body, upload every file the answer asks for, record the outcome in the
/// local history. Its events drive a progress display; it never throws.
public struct SubmissionFlow: Sendable {
    /// What happened, in order.
    public enum Event: Sendable {
        case authenticating
        case sending
        /// An API call (the token or the request) failed and is tried again after a wait.
        case retrying(RetryNotice)
        /// The server took the request; these files will be uploaded.
        case accepted(SubmissionResponse, jobs: [UploadJob], problems: [String])
        case upload(UploadEvent)
        case finished(Outcome)
    }

    /// How it ended.
    public struct Outcome: Sendable {
        public var response: SubmissionResponse?
        /// Why the request was not taken (nil when it was).
        public var error: ClientError?
        public var results: [UploadResult]
        /// What was appended to the history, if anything was sent.
        public var historyEntry: HistoryEntry?
        /// Why the history could not be written.
        public var historyProblem: String?

        public init(response: SubmissionResponse? = nil, error: ClientError? = nil, results: [UploadResult] = [],
                    historyEntry: HistoryEntry? = nil, historyProblem: String? = nil) {
            self.response = response
            self.error = error
            self.results = results
            self.historyEntry = historyEntry
            self.historyProblem = historyProblem
        }

        /// True when the request was taken and every file arrived.
        public var succeeded: Bool { response != nil && results.allSatisfy(\.arrived) }
    }

    public let client: PassClient
    /// Where outcomes are recorded; nil records nothing.
    public var history: SubmissionHistory?
    /// The profile name the history shows (e.g. "sandbox (embedded)").
    public var profileLabel: String?

    public init(client: PassClient, history: SubmissionHistory?, profileLabel: String? = nil) {
        self.client = client
        self.history = history
        self.profileLabel = profileLabel
    }

    /// Runs the submission of `body` (the canonical bytes of `value`) with
    /// `files` for its assets; `only` limits the uploads to those asset ids.
    public func run(kind: PayloadKind, value: JSONValue, body: [UInt8], files: [AssetFile],
                    only: Set<String>? = nil) -> AsyncStream<Event> {
        let (events, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .unbounded)
        let task = Task {
            defer { continuation.finish() }
            let outcome = await perform(kind: kind, value: value, body: body, files: files, only: only,
                                        onRetry: { continuation.yield(.retrying($0)) }, emit: { continuation.yield($0) })
            continuation.yield(.finished(outcome))
        }
        continuation.onTermination = { _ in task.cancel() }
        return events
    }

    private func perform(kind: PayloadKind, value: JSONValue, body: [UInt8], files: [AssetFile], only: Set<String>?,
                         onRetry: @escaping RetryObserver, emit: (Event) -> Void) async -> Outcome {
        var outcome = Outcome(response: nil, error: nil, results: [], historyEntry: nil, historyProblem: nil)
        do {
            emit(.authenticating)
            try await client.authenticate(scopes: Scopes.required(for: value, as: kind), onRetry: onRetry)
            emit(.sending)
            let response = try await client.submit(kind: kind, body: body, onRetry: onRetry)
            outcome.response = response
        } catch {
            outcome.error = error
            return outcome
        }
        guard let response = outcome.response else { return outcome }
        let uploads = (response.assetUploads ?? []).filter { only?.contains($0.assetID) ?? true }
        let plan = UploadJob.plan(files: files, uploads: uploads)
        emit(.accepted(response, jobs: plan.jobs, problems: plan.problems))
        if !plan.jobs.isEmpty {
            let run = client.upload(plan.jobs)
            // Stopping the flow stops its uploads; the outcome still says what arrived.
            await withTaskCancellationHandler {
                for await event in run.events { emit(.upload(event)) }
            } onCancel: {
                run.cancel()
            }
            outcome.results = await run.results()
        }
        let entry = HistoryEntry(submitted: value, as: kind, to: client.endpoint, profile: profileLabel,
                                 response: response, uploads: outcome.results)
        outcome.historyEntry = entry
        if let history {
            do {
                try history.append(entry)
            } catch {
                outcome.historyProblem = "\(error)"
            }
        }
        return outcome
    }
}
