#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AsyncHTTPClient
import Foundation
import NIOCore

extension PassClient {
    /// Starts uploading `jobs`, at most `options.concurrency` at once, each
    /// streamed from disk and retried on its own. To retry one file alone,
    /// call again with that one job (while its link is valid).
    ///
    /// ```swift
    /// let run = client.upload(jobs)
    /// for await event in run.events { show(event) }
    /// let failed = await run.results().filter { !$0.arrived }
    /// ```
    public func upload(_ jobs: [UploadJob], options: UploadOptions? = nil) -> UploadRun {
        let options = options ?? UploadOptions(concurrency: endpoint.uploadConcurrency, maxAttempts: endpoint.maxAttempts)
        let (events, continuation) = AsyncStream.makeStream(of: UploadEvent.self, bufferingPolicy: .unbounded)
        let task = Task<[UploadResult], Never> {
            defer { continuation.finish() }
            return await withTaskGroup(of: (Int, UploadResult).self) { group in
                var results = [UploadResult?](repeating: nil, count: jobs.count)
                var next = 0
                func add() {
                    let index = next
                    next += 1
                    group.addTask { (index, await self.uploadOne(jobs[index], options: options, emit: continuation)) }
                }
                while next < min(options.concurrency, jobs.count) { add() }
                while let (index, result) = await group.next() {
                    results[index] = result
                    if next < jobs.count { add() }
                }
                return results.compactMap { $0 }
            }
        }
        return UploadRun(events: events, task: task)
    }

    /// One file, every attempt, every event.
    func uploadOne(_ job: UploadJob, options: UploadOptions, emit: AsyncStream<UploadEvent>.Continuation) async -> UploadResult {
        let id = job.assetID
        var result = UploadResult(job: job, size: job.file.size, sha256: nil, failure: nil, attempts: 0)
        func fail(_ failure: UploadFailure) -> UploadResult {
            emit.yield(UploadEvent(assetID: id, change: .failed(failure)))
            logger.warning("upload of \(id) failed: \(Redaction.text(failure.reason))")
            result.failure = failure
            return result
        }
        do {
            try URLPolicy.check(job.url, role: "the upload link")
        } catch {
            return fail(UploadFailure(reason: error.description, retryable: false))
        }
        var started = false
        while result.attempts < options.maxAttempts {
            if Task.isCancelled { return fail(UploadFailure(reason: "the upload was cancelled", retryable: true)) }
            if let expiry = PresignedURL.expiry(of: job.url), now() >= expiry {
                return fail(Self.expired)
            }
            result.attempts += 1
            let attemptStart = ContinuousClock.now
            let outcome = await putOnce(job, options: options, emit: emit, announce: !started)
            started = true
            switch outcome {
            case .arrived(let size, let sha):
                let elapsed = ContinuousClock.now - attemptStart
                result.seconds = elapsed.inSeconds
                result.size = size
                result.sha256 = sha
                emit.yield(UploadEvent(assetID: id, change: .finished(sha256: sha)))
                logger.info("upload of \(id) arrived: \(size) bytes, sha256 \(sha ?? "?")")
                return result
            case .failed(let failure, let retryAfter):
                guard failure.retryable, result.attempts < options.maxAttempts else { return fail(failure) }
                let delay = retry.delay(afterAttempt: result.attempts, retryAfter: retryAfter, unit: jitter())
                emit.yield(UploadEvent(assetID: id, change: .retrying(attempt: result.attempts, reason: failure.reason, delay: delay)))
                logger.notice("upload of \(id), attempt \(result.attempts): \(Redaction.text(failure.reason)); retrying in \(delay)")
                do {
                    try await sleeper.sleep(for: delay)
                } catch {
                    return fail(UploadFailure(reason: "the upload was cancelled", retryable: true))
                }
            }
        }
        return fail(UploadFailure(reason: "no attempt succeeded", retryable: true))
    }

    static let expired = UploadFailure(
        reason: "the upload link has expired; submit the same request again for new links (the same id keeps the same redirect)",
        retryable: false, urlExpired: true)

    enum PutOutcome {
        case arrived(size: Int64, sha256: String?)
        case failed(UploadFailure, retryAfter: Duration?)
    }

    /// One PUT of the whole file.
    private func putOnce(_ job: UploadJob, options: UploadOptions, emit: AsyncStream<UploadEvent>.Continuation,
                         announce: Bool) async -> PutOutcome {
        let id = job.assetID
        let fd = open(job.file.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            return .failed(UploadFailure(reason: "\(job.file.path): \(String(cString: strerror(errno)))", retryable: false), retryAfter: nil)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return .failed(UploadFailure(reason: "\(job.file.path): not a regular file", retryable: false), retryAfter: nil)
        }
        let size = Int64(info.st_size)
        if let expected = job.file.size, expected != size {
            return .failed(UploadFailure(reason: UploadFileChanged(path: job.file.path, expected: expected, now: size).description,
                                         retryable: false), retryAfter: nil)
        }
        if announce { emit.yield(UploadEvent(assetID: id, change: .started(total: size))) }
        emit.yield(UploadEvent(assetID: id, change: .progress(sent: 0, total: size)))
        let pass = UploadPass(total: size, interval: options.progressInterval) { sent in
            emit.yield(UploadEvent(assetID: id, change: .progress(sent: sent, total: size)))
        }
        let chunks = FileChunks(fd: fd, path: job.file.path, expectedSize: size, chunkSize: options.chunkSize, state: pass,
                                eventLoops: Array(http.eventLoopGroup.makeIterator()))
        var request = HTTPClientRequest(url: job.url)
        request.method = .PUT
        request.headers.add(name: "Content-Type", value: job.file.type.contentType)
        request.body = .stream(chunks, length: .known(size))
        let mib = Int(size >> 20)
        let timeout = options.timeoutBase + options.timeoutPerMiB * mib
        let answer: HTTPAnswer
        do {
            answer = try await HTTPExchange.run(http, request, timeout: timeout, limit: 64 * 1024)
        } catch let deadline as ExchangeDeadline {
            return .failed(UploadFailure(reason: "the file store did not finish answering within \(ExchangeDeadline.seconds(deadline.timeout))",
                                         retryable: true), retryAfter: nil)
        } catch let changed as UploadFileChanged {
            return .failed(UploadFailure(reason: changed.description, retryable: false), retryAfter: nil)
        } catch is CancellationError {
            return .failed(UploadFailure(reason: "the upload was cancelled", retryable: true), retryAfter: nil)
        } catch {
            if let expiry = PresignedURL.expiry(of: job.url), now() >= expiry { return .failed(Self.expired, retryAfter: nil) }
            return .failed(UploadFailure(reason: Self.describe(error), retryable: true), retryAfter: nil)
        }
        logger.info("PUT \(Redaction.url(job.url)) → HTTP \(answer.status) (\(id), \(size) bytes)")
        if answer.isSuccess { return .arrived(size: size, sha256: pass.sha256) }
        let text = String(decoding: answer.body, as: UTF8.self)
        switch answer.status {
        case 429, 500...599:
            let retryAfter = answer.headers.first(name: "Retry-After").flatMap { RetryPolicy.parseRetryAfter($0, now: now()) }
            return .failed(UploadFailure(reason: "the file store answered HTTP \(answer.status)", retryable: true), retryAfter: retryAfter)
        case 403 where text.lowercased().contains("expired") || (PresignedURL.expiry(of: job.url).map { now() >= $0 } ?? false):
            return .failed(Self.expired, retryAfter: nil)
        case 403 where text.contains("SignatureDoesNotMatch"):
            return .failed(UploadFailure(
                reason: "the file store refused the file: the link was made for another type than \(job.file.type.contentType) (\(job.file.type.displayName)); check asset_type",
                retryable: false), retryAfter: nil)
        case 403 where text.lowercased().contains("already used"):
            return .failed(UploadFailure(reason: "the upload link was already used; submit again for a new link", retryable: false, urlExpired: true), retryAfter: nil)
        case 413:
            return .failed(UploadFailure(reason: "the file store refused the file as too large (\(ByteCount.text(Int(size))))", retryable: false), retryAfter: nil)
        default:
            return .failed(UploadFailure(reason: "the file store refused the file (HTTP \(answer.status)): \(Self.storeMessage(text))", retryable: false), retryAfter: nil)
        }
    }

    /// The `<Message>` of an S3-style XML error, or the start of the body.
    static func storeMessage(_ text: String) -> String {
        if let start = text.range(of: "<Message>"), let end = text.range(of: "</Message>", range: start.upperBound..<text.endIndex) {
            return TextSanitizer.sanitize(Redaction.text(String(text[start.upperBound..<end.lowerBound].prefix(400))))
        }
        return TextSanitizer.sanitize(Redaction.text(String(text.prefix(160))))
    }
}
