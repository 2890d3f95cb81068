import ComposerKit
import PassCore

/// `submit`: the same checks, the same flow and the same history as the full screen's
/// submit screen, said as lines; the link for the holder on a line of its own.
extension LineComposer {
    mutating func submit() async {
        switch SubmissionReadiness.check(state, environment: environment, services: environment.services,
                                         hasEndpoint: endpoint != nil) {
        case .refused(let refusal):
            output.line(refusal.text(reachEach: "Type problems to hear each, or fix to go to the first"))
        case .ready(let summary, let files):
            guard let endpoint, let services = environment.services else { return }
            if endpoint.isProduction,
                await !confirm("\(endpoint.baseURL) reaches real holders.", "Type yes to send \(summary.requestID):") {
                if outcome == nil { output.line("Not sent.") }
                return
            }
            await send(summary, files: files, to: endpoint, services: services)
        }
    }

    private mutating func send(_ summary: SubmissionSummary, files: [AssetFile], to endpoint: EndpointChoice,
                               services: SubmissionServices) async {
        let counts = summary.counts.map { "\($0.count) \($0.title.lowercased())" }.joined(separator: ", ")
        output.line("Sending \(summary.kind.noun) \(summary.requestID) to \(endpoint.label): \(counts); "
                    + "\(files.count) file\(files.count == 1 ? "" : "s").")
        var submission = SubmissionState(summary: summary)
        submission.start(at: environment.now())
        let events: AsyncStream<SubmissionFlow.Event>
        do {
            events = try await services.submit(kind: state.document.kind, value: state.document.value, body: state.body,
                                               files: files, to: endpoint)
        } catch {
            output.line("Not sent: " + TextSanitizer.sanitize("\(error)"))
            return
        }
        for await event in events {
            submission.apply(event, at: environment.now())
            switch event {
            case .authenticating:
                output.line("Signing in.")
            case .sending:
                output.line("Sending the request.")
            case .retrying(let notice):
                output.line("No answer: " + TextSanitizer.sanitize(notice.cause)
                            + "; trying again, attempt \(notice.attempt + 1) of \(notice.maxAttempts).")
            case .accepted(_, let jobs, let problems):
                output.line("The server took the request.")
                keepDraftOfSentDocument()
                for problem in problems { output.line("Warning: " + TextSanitizer.sanitize(problem)) }
                if !jobs.isEmpty { output.line("Uploading \(jobs.count) file\(jobs.count == 1 ? "" : "s").") }
            case .upload, .finished:
                break
            }
        }
        report(submission)
    }

    /// How the submission ended, the files that did or did not arrive, and the link.
    private mutating func report(_ submission: SubmissionState) {
        for file in submission.files {
            let name = TextSanitizer.sanitize(file.fileName)
            switch file.state {
            case .arrived: output.line("File \(name) arrived.")
            case .failed(let reason, _, _): output.line("File \(name) did not arrive: " + TextSanitizer.sanitize(reason))
            default: break
            }
        }
        for note in submission.notes { output.line("Note: " + TextSanitizer.sanitize(note)) }
        switch submission.phase {
        case .done, .incomplete:
            if submission.phase == .incomplete {
                output.line("Some files did not arrive; submit sends again (the same request, no duplicate).")
            } else {
                output.line("Sent \(submission.summary.requestID).")
            }
            if let uri = submission.response?.redirectURI {
                output.line("The link for the holder, on the next line:")
                output.line(TextSanitizer.sanitize(uri))
                if endpoint?.id == HistoryEntry.embeddedSandboxProfile {
                    output.line("The sandbox runs inside the composer, so the link works until the composer ends.")
                }
            }
        case .failed(let reason):
            let refused = submission.serverFindings
            if !refused.isEmpty { apply(.setServerFindings(refused)) }
            output.line("Not sent: " + TextSanitizer.sanitize(reason))
            for finding in refused {
                output.line("The server refused " + TextSanitizer.sanitize(finding.path.description) + ": "
                            + TextSanitizer.sanitize(finding.message))
            }
        default:
            break
        }
    }

    /// Keeps the draft of a document the server has taken, so that the history can open it again.
    private mutating func keepDraftOfSentDocument() {
        guard state.keepsDrafts else { return }
        perform([.writeDraft(state.document, savedToFile: false, revision: state.revision)])
    }
}
