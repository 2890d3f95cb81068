import PassCore
import Testing
@testable import ComposerKit

/// The submit screen's state machine, fed with flow and upload events at chosen times.
struct SubmissionStateTests {
    static func summary() -> SubmissionSummary {
        SubmissionSummary(document: Templates.newDocument(.batch, ids: .sequential()), inspections: [:], bodySize: 1200)
    }

    static func job(_ id: String, _ name: String, size: Int64, type: AssetType = .pdf) -> UploadJob {
        UploadJob(file: AssetFile(assetID: id, path: "/tmp/" + name, type: type, size: size),
                  url: "http://127.0.0.1:1/_store/r/\(id)?X-Amz-Signature=secret")
    }

    static let response = SubmissionResponse(redirectURI: "http://127.0.0.1:1/partner/add/batch#clientId=demo&content=r")

    /// A state that has sent its request and is uploading `jobs`.
    static func uploading(_ jobs: [UploadJob]) -> SubmissionState {
        var state = SubmissionState(summary: summary())
        state.start(at: 0)
        state.apply(.authenticating, at: 0)
        state.apply(.sending, at: 0.1)
        state.apply(.accepted(response, jobs: jobs, problems: []), at: 0.2)
        return state
    }

    static func event(_ id: String, _ change: UploadEvent.Change) -> SubmissionFlow.Event {
        .upload(UploadEvent(assetID: id, change: change))
    }

    @Test func phasesFollowTheFlow() {
        var state = SubmissionState(summary: Self.summary())
        #expect(state.phase == .ready && !state.isRunning)
        state.start(at: 0)
        #expect(state.phase == .authenticating && state.isRunning)
        state.apply(.sending, at: 0.1)
        #expect(state.phase == .sending)
        state.apply(.accepted(Self.response, jobs: [Self.job("a", "a.pdf", size: 100)], problems: []), at: 0.2)
        #expect(state.phase == .uploading)
        #expect(state.files.map(\.fileName) == ["a.pdf"])
        #expect(state.response?.redirectURI == Self.response.redirectURI)
    }

    @Test func rateAndTimeLeftAreSmoothedAndFollowAChangeOfSpeed() throws {
        var state = Self.uploading([Self.job("a", "a.pdf", size: 10_000_000)])
        state.apply(Self.event("a", .started(total: 10_000_000)), at: 1)
        #expect(state.files[0].rate == nil, "one sample gives no rate")
        state.apply(Self.event("a", .progress(sent: 1_000_000, total: 10_000_000)), at: 2)
        state.apply(Self.event("a", .progress(sent: 2_000_000, total: 10_000_000)), at: 3)
        let file = state.files[0]
        #expect(file.rate == 1_000_000)
        #expect(file.secondsLeft == 8)
        #expect(file.fraction == 0.2)
        // Slower: the rate moves towards the new speed without jumping to it.
        state.apply(Self.event("a", .progress(sent: 2_500_000, total: 10_000_000)), at: 5)
        state.apply(Self.event("a", .progress(sent: 3_000_000, total: 10_000_000)), at: 6)
        let slower = try #require(state.files[0].rate)
        #expect(slower < 1_000_000 && slower > 500_000, "\(slower)")
        // A steady new speed wins within seconds.
        for t in 7...20 { state.apply(Self.event("a", .progress(sent: 3_000_000 + Int64(t - 6) * 250_000, total: 10_000_000)), at: Double(t)) }
        let steady = try #require(state.files[0].rate)
        #expect(abs(steady - 250_000) < 10_000, "\(steady)")
        #expect(state.overallRate == steady)
    }

    @Test func theFirstHalfSecondSetsOnlyTheBaseline() throws {
        var rate = TransferRate()
        rate.record(bytes: 0, at: 0)
        // The connection's buffers take 4 MB at once: no rate from that.
        rate.record(bytes: 4_000_000, at: 0.1)
        rate.record(bytes: 4_100_000, at: 0.4)
        #expect(rate.bytesPerSecond == nil)
        rate.record(bytes: 4_350_000, at: 1.4)
        let first = try #require(rate.bytesPerSecond)
        #expect(abs(first - 250_000) < 1, "\(first)")
        #expect(rate.secondsLeft(sent: 4_350_000, total: 5_350_000).map { abs($0 - 4) < 0.001 } == true)
        // Samples closer than a step are gathered, not divided by tiny times.
        rate.record(bytes: 4_360_000, at: 1.41)
        #expect(rate.bytesPerSecond == first)
        // A count that goes back is a new attempt: it starts over.
        rate.record(bytes: 0, at: 2)
        #expect(rate.bytesPerSecond == nil)
    }

    @Test func aRetryShowsTheFailureResetsTheBarAndIsRememberedUntilTheFileArrives() {
        var state = Self.uploading([Self.job("a", "a.pdf", size: 1000)])
        state.apply(Self.event("a", .started(total: 1000)), at: 1)
        state.apply(Self.event("a", .progress(sent: 500, total: 1000)), at: 2)
        state.apply(Self.event("a", .retrying(attempt: 1, reason: "the connection was closed", delay: .milliseconds(400))), at: 2.1)
        #expect(state.files[0].state == .retrying(attempt: 1, reason: "the connection was closed", delaySeconds: 0.4))
        #expect(state.files[0].sent == 0 && state.files[0].rate == nil)
        #expect(state.phase == .uploading)
        state.apply(Self.event("a", .progress(sent: 0, total: 1000)), at: 2.5)
        state.apply(Self.event("a", .progress(sent: 300, total: 1000)), at: 3)
        #expect(state.files[0].state == .uploading)
        #expect(state.files[0].attempt == 2)
        #expect(state.files[0].lastFailure == "the connection was closed")
        state.apply(Self.event("a", .finished(sha256: "abc")), at: 4)
        #expect(state.files[0].state == .arrived(sha256: "abc"))
        #expect(state.files[0].sent == 1000 && state.files[0].attempt == 2)
    }

    @Test func settlingNamesTheOutcome() {
        let jobs = [Self.job("a", "a.pdf", size: 10), Self.job("b", "b.png", size: 10, type: .png)]
        var state = Self.uploading(jobs)
        state.apply(Self.event("a", .finished(sha256: nil)), at: 1)
        state.settle()
        #expect(state.phase == .uploading, "b is still waiting")
        let expired = UploadFailure(reason: "the upload link has expired", retryable: false, urlExpired: true)
        state.apply(Self.event("b", .failed(expired)), at: 2)
        state.apply(.finished(SubmissionFlow.Outcome(response: Self.response)), at: 2)
        #expect(state.phase == .incomplete)
        #expect(state.files[1].linkExpired && !state.files[1].canRetry)
        #expect(state.finishedAt == 2)

        var done = Self.uploading(jobs)
        done.apply(Self.event("a", .finished(sha256: nil)), at: 1)
        done.apply(Self.event("b", .finished(sha256: nil)), at: 1)
        done.apply(.finished(SubmissionFlow.Outcome(response: Self.response)), at: 1)
        #expect(done.phase == .done)
    }

    @Test func aSingleFileRetryRunsAndSettlesAgain() {
        var state = Self.uploading([Self.job("a", "a.pdf", size: 10)])
        let dropped = UploadFailure(reason: "the server closed the connection", retryable: true)
        state.apply(Self.event("a", .failed(dropped)), at: 1)
        state.apply(.finished(SubmissionFlow.Outcome(response: Self.response)), at: 1)
        #expect(state.phase == .incomplete && state.files[0].canRetry)
        state.retrying("a", at: 2)
        #expect(state.phase == .uploading && state.isRunning && state.files[0].state == .waiting)
        state.apply(UploadEvent(assetID: "a", change: .started(total: 10)), at: 2.1)
        state.apply(UploadEvent(assetID: "a", change: .finished(sha256: "f")), at: 2.2)
        state.settle()
        #expect(state.phase == .done)
    }

    @Test func aFailedRequestKeepsTheServersFindings() {
        var state = SubmissionState(summary: Self.summary())
        state.start(at: 0)
        let finding = Finding(.error, .required, at: JSONPath.root.appending("credential_id"), "the server wants an id")
        state.apply(.finished(SubmissionFlow.Outcome(error: .rejected(status: 400, findings: [finding]))), at: 1)
        #expect(state.phase == .failed(ClientError.rejected(status: 400, findings: [finding]).description))
        #expect(state.serverFindings == [finding])
        #expect(!state.isRunning)
        state.start(at: 2)
        #expect(state.serverFindings.isEmpty, "a new attempt starts clean")
    }

    @Test func submittingAgainKeepsWhatArrivedAndSendsTheRest() {
        let jobs = [Self.job("a", "a.pdf", size: 10), Self.job("b", "b.png", size: 20, type: .png)]
        var state = Self.uploading(jobs)
        state.apply(Self.event("a", .finished(sha256: "sa")), at: 1)
        state.apply(Self.event("b", .failed(UploadFailure(reason: "expired", retryable: false, urlExpired: true))), at: 1)
        state.apply(.finished(SubmissionFlow.Outcome(response: Self.response)), at: 1)
        var again = state.resubmission()
        #expect(again.keptAssetIDs == ["a"])
        #expect(again.phase == .ready && again.files.isEmpty)
        again.start(at: 2)
        again.apply(.accepted(Self.response, jobs: [jobs[1]], problems: []), at: 2)
        #expect(again.files.map(\.assetID) == ["a", "b"], "the arrived file stays on screen, in its place")
        #expect(again.files[0].state == .arrived(sha256: "sa"))
        #expect(again.files[1].state == .waiting)
        #expect(again.overall == (10, 30))
        again.apply(Self.event("b", .finished(sha256: "sb")), at: 3)
        again.apply(.finished(SubmissionFlow.Outcome(response: Self.response)), at: 3)
        #expect(again.phase == .done)
    }
}
