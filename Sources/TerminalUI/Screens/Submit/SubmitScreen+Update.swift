import ComposerKit
import PassCore

extension SubmitScreen {
    /// A key or a paste; `now` is the monotonic clock, for rates and times left.
    mutating func handle(_ input: InputEvent, now: Double) -> [SubmitEffect] {
        if replacing != nil { return handleReplacing(input, now: now) }
        if let dialog { return answer(dialog, input, now: now) }
        guard case .key(let key) = input, let command = Self.keys.action(for: key) else { return [] }
        switch command {
        case .send:
            switch state.phase {
            case .ready, .failed:
                guard endpoint.isProduction else { return start(now: now) }
                dialog = .confirmProduction(Dialog.confirm(
                    title: "Send to production?",
                    message: "\(endpoint.baseURL) reaches real holders. Send \(state.summary.requestID)?",
                    confirm: "Send", cancel: "Cancel"))
            default:
                break
            }
        case .back:
            guard state.isRunning else { return [.dismissNotice, .close] }
            dialog = .confirmLeave(Dialog.confirm(
                title: "Stop the upload?",
                message: "Files are still uploading. Going back stops them; the history records what arrived.",
                confirm: "Stop and go back", cancel: "Stay"))
            return [.dismissNotice]
        case .select:
            let count = state.files.count
            guard count > 0 else { return [] }
            selectedFile = key == .up ? max(0, selectedFile - 1) : min(count - 1, selectedFile + 1)
        case .retryFile:
            guard let file = selected else { return [] }
            if file.linkExpired {
                return [.notify(Notice(.warning, "The upload link of \(file.fileName) has expired; press S to submit again for new links."))]
            }
            guard file.canRetry, let job = state.jobs[file.assetID] else { return [] }
            return retry(job, now: now)
        case .replaceFile:
            guard let file = selected, !file.state.isArrived else { return [] }
            replacing = PathPrompt(.export, text: files[file.assetID]?.path ?? "")
        case .resubmit:
            guard !state.isRunning, state.response != nil || state.phase != .ready else { return [] }
            return start(now: now)
        case .copy:
            guard let uri = state.response?.redirectURI else { return [] }
            return [.notify(Notice(.info, "Copied the redirect URI to the clipboard.")), .copy(uri)]
        case .open:
            guard let uri = state.response?.redirectURI else { return [] }
            return [.open(uri, opened: "Opened the redirect URI in the browser.")]
        case .history:
            return state.isRunning ? [] : [.openHistory]
        case .help:
            return [.help]
        case .quit:
            return [.quit]
        }
        return []
    }

    /// The result of an effect, or an event of a run; those of other runs are ignored.
    mutating func receive(_ message: SubmitMessage, now: Double) -> [SubmitEffect] {
        switch message {
        case .flow(let run, let event) where run == self.run:
            state.apply(event, at: now)
            if case .accepted(let response, _, _) = event {
                qr = QRCode(response.redirectURI)
                return [.keepDraft]
            }
            guard case .finished = event else { return [] }
            // The pointer goes to the first file that did not arrive, ready for R or F.
            if let missing = state.files.firstIndex(where: { !$0.state.isArrived }) { selectedFile = missing }
            let findings = state.serverFindings
            return (findings.isEmpty ? [] : [.serverFindings(findings)]) + announcement(findings: findings)
        case .upload(let run, let event) where run == self.run:
            state.apply(event, at: now)
        case .retried(let run, let result) where run == self.run:
            var effects: [SubmitEffect] = []
            if var entry = state.historyEntry {
                entry.files = HistoryEntry.outcomes([result])
                effects.append(.record(entry))
            }
            state.settle()
            return effects + (state.isRunning ? [] : announcement())
        case .failed(let run, let reason) where run == self.run:
            state.apply(.finished(SubmissionFlow.Outcome(response: nil, error: .configuration(reason), results: [],
                                                         historyEntry: nil, historyProblem: nil)), at: now)
        case .completed(let completion):
            replacing?.take(completion)
        case .checked(let assetID, let path, let checked):
            return replaced(assetID, path: path, checked, now: now)
        default:
            break
        }
        return []
    }

    // MARK: Sending

    /// Starts (or restarts) the submission under the next run.
    private mutating func start(now: Double) -> [SubmitEffect] {
        run += 1
        qr = nil
        // Files that arrived already are not sent again (the same id gets new links for the rest).
        state = state.resubmission()
        state.start(at: now)
        let kept = state.keptAssetIDs
        let sent = files.values.filter { !kept.contains($0.assetID) }.sorted { $0.assetID < $1.assetID }
        let order = SubmissionOrder(run: run, endpoint: endpoint, kind: document.kind, value: document.value, body: body,
                                    files: sent, only: kept.isEmpty ? nil : Set(sent.map(\.assetID)))
        return [.dismissNotice, .start(order)]
    }

    private mutating func retry(_ job: UploadJob, now: Double) -> [SubmitEffect] {
        state.retrying(job.assetID, at: now)
        return [.dismissNotice, .retry(job, run: run, endpoint: endpoint)]
    }

    // MARK: Questions and prompts

    private mutating func answer(_ asked: SubmitDialog, _ input: InputEvent, now: Double) -> [SubmitEffect] {
        switch asked {
        case .confirmProduction(var shown), .confirmLeave(var shown):
            let outcome = shown.handle(input)
            switch outcome {
            case .submitted, .cancelled:
                dialog = nil
                guard outcome == .submitted, shown.isConfirmed else { return [] }
                if case .confirmProduction = asked { return start(now: now) }
                return [.close, .stop(assetIDs: state.files.map(\.assetID))]
            default:
                if case .confirmProduction = asked { dialog = .confirmProduction(shown) } else { dialog = .confirmLeave(shown) }
            }
        }
        return []
    }

    private mutating func handleReplacing(_ input: InputEvent, now: Double) -> [SubmitEffect] {
        guard var prompt = replacing else { return [] }
        switch input {
        case .key(.escape):
            replacing = nil
        case .key(.enter):
            replacing = nil
            guard let file = selected, let declared = files[file.assetID] else { return [] }
            return [.check(AssetDeclaration(assetID: file.assetID, type: declared.type, path: JSONPath.root), path: prompt.input.text)]
        case .key(.tab):
            return [.complete(prompt.input.text)]
        default:
            _ = prompt.input.handle(input)
            replacing = prompt
        }
        return []
    }

    /// A replacement checked: refused, or taken and sent alone while its link is valid.
    private mutating func replaced(_ assetID: String, path: String, _ checked: Result<AssetFile, ReplacementRefused>,
                                   now: Double) -> [SubmitEffect] {
        let replacement: AssetFile
        switch checked {
        case .failure(let refused):
            return [.notify(Notice(.error, "Not replaced: \(refused.reason)"))]
        case .success(let file):
            replacement = file
        }
        files[assetID] = replacement
        let chosen = SubmitEffect.chooseFile(assetID: assetID, path: path)
        guard var job = state.jobs[assetID] else { return [chosen] }
        job.file = replacement
        if state.files.first(where: { $0.assetID == assetID })?.linkExpired == true {
            return [chosen, .notify(Notice(.warning, "Replaced; its upload link has expired, so S submits again for new links."))]
        }
        return [chosen] + retry(job, now: now)
    }

    // MARK: What the message line says

    /// The message line once a run or a retry has ended.
    func announcement(findings: [Finding] = []) -> [SubmitEffect] {
        switch state.phase {
        case .done:
            return [.notify(Notice(.info, "Sent \(state.summary.requestID): give the holder the redirect URI (C copies it)."))]
        case .incomplete:
            let missing = state.files.filter { !$0.state.isArrived }
            let n = missing.count
            let what = "\(n) file\(n == 1 ? "" : "s") did not arrive"
            if missing.contains(where: \.linkExpired) {
                return [.notify(Notice(.warning, what + (n == 1 ? ": its upload link expired" : ": their upload links expired")
                                       + ". S submits again for new links (the same request, no duplicate)."))]
            }
            return [.notify(Notice(.warning, what + "; R retries the chosen one alone."))]
        case .failed(let reason):
            let refused = "The server refused \(findings.count) field\(findings.count == 1 ? "" : "s"); Esc shows them in the form."
            return [.notify(Notice(.error, findings.isEmpty ? "Not sent: \(reason)" : refused))]
        default:
            return []
        }
    }
}
