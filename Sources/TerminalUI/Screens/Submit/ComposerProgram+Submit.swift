import ComposerKit
import Foundation
import PassCore

extension ComposerProgram {
    // MARK: Opening

    /// F10: the submit screen, when the document has no errors and its files are ready.
    mutating func openSubmitScreen() {
        switch SubmissionReadiness.check(state, environment: environment, services: environment.services,
                                         hasEndpoint: endpoint != nil) {
        case .refused(let refusal):
            state.apply(.notify(Notice(.error, refusal.text(reachEach: "F4 goes to each"))))
        case .ready(let summary, let files):
            guard let endpoint else { return }
            runCounter += 1
            state.apply(.dismissNotice)
            screen = .submit(SubmitModel(state: SubmissionState(summary: summary), endpoint: endpoint, run: runCounter,
                                         files: files))
        }
    }

    mutating func openEndpointMenu() {
        guard let services = environment.services else { return }
        let choices = services.endpoints()
        let selected = choices.firstIndex { $0.id == endpoint?.id } ?? 0
        screen = .endpoints(EndpointMenu(choices: choices, selected: selected))
    }

    mutating func openFaultsMenu() -> [Command<Message>] {
        guard let services = environment.services, let faults = services.faults, endpoint?.isSandbox == true else {
            state.apply(.notify(Notice(.info, "Demo faults belong to the embedded sandbox; choose it with F11 first.")))
            return []
        }
        screen = .faults(FaultsMenu())
        return [.perform { poster in poster.post(.faults(await faults())) }]
    }

    // MARK: Input

    mutating func handleScreenInput(_ input: InputEvent) -> [Command<Message>] {
        switch screen {
        case .compose: return []
        case .submit(var model):
            defer { if case .submit = screen { screen = .submit(model) } }
            return handleSubmit(input, &model)
        case .faults(var menu):
            defer { if case .faults = screen { screen = .faults(menu) } }
            return handleFaults(input, &menu)
        case .endpoints(var menu):
            defer { if case .endpoints = screen { screen = .endpoints(menu) } }
            handleEndpoints(input, &menu)
            return []
        case .history(var model):
            defer { if case .history = screen { screen = .history(model) } }
            return handleHistory(input, &model)
        }
    }

    private mutating func handleSubmit(_ input: InputEvent, _ model: inout SubmitModel) -> [Command<Message>] {
        if var prompt = model.replacing {
            guard case .key(let key) = input else {
                _ = prompt.input.handle(input)
                model.replacing = prompt
                return []
            }
            switch key {
            case .escape:
                model.replacing = nil
            case .enter:
                model.replacing = nil
                return replaceFile(prompt.input.text, &model)
            case .tab:
                prompt.take(runner.complete(prompt.input.text))
                model.replacing = prompt
            default:
                _ = prompt.input.handle(input)
                model.replacing = prompt
            }
            return []
        }
        if let dialog = model.dialog {
            switch dialog {
            case .confirmProduction(var d), .confirmLeave(var d):
                let outcome = d.handle(input)
                switch outcome {
                case .submitted, .cancelled:
                    model.dialog = nil
                    guard outcome == .submitted, d.isConfirmed else { return [] }
                    if case .confirmProduction = dialog { return startSubmission(&model) }
                    screen = .compose
                    return [.cancel(id: "submission")] + model.state.files.map { .cancel(id: "retry-" + $0.assetID) }
                default:
                    if case .confirmProduction = dialog { model.dialog = .confirmProduction(d) } else { model.dialog = .confirmLeave(d) }
                }
            }
            return []
        }
        guard case .key(let key) = input, let command = Self.submitKeys.action(for: key) else { return [] }
        switch command {
        case .send:
            switch model.state.phase {
            case .ready, .failed:
                if model.endpoint.isProduction {
                    model.dialog = .confirmProduction(Dialog.confirm(
                        title: "Send to production?",
                        message: "\(model.endpoint.baseURL) reaches real holders. Send \(model.state.summary.requestID)?",
                        confirm: "Send", cancel: "Cancel"))
                    return []
                }
                return startSubmission(&model)
            default:
                return []
            }
        case .back:
            state.apply(.dismissNotice)
            if model.state.isRunning {
                model.dialog = .confirmLeave(Dialog.confirm(
                    title: "Stop the upload?",
                    message: "Files are still uploading. Going back stops them; the history records what arrived.",
                    confirm: "Stop and go back", cancel: "Stay"))
                return []
            }
            screen = .compose
        case .select:
            let count = model.state.files.count
            guard count > 0 else { return [] }
            model.selectedFile = key == .up ? max(0, model.selectedFile - 1) : min(count - 1, model.selectedFile + 1)
        case .retryFile:
            guard let file = model.selected else { return [] }
            if file.linkExpired {
                state.apply(.notify(Notice(.warning, "The upload link of \(file.fileName) has expired; press S to submit again for new links.")))
                return []
            }
            guard file.canRetry, let job = model.state.jobs[file.assetID] else { return [] }
            return retry(job, &model)
        case .replaceFile:
            guard let file = model.selected, !file.state.isArrived else { return [] }
            model.replacing = PathPrompt(.export, text: model.files[file.assetID]?.path ?? "")
        case .resubmit:
            guard !model.state.isRunning, model.state.response != nil || model.state.phase != .ready else { return [] }
            return startSubmission(&model)
        case .copy:
            guard let uri = model.state.response?.redirectURI else { return [] }
            state.apply(.notify(Notice(.info, "Copied the redirect URI to the clipboard.")))
            return [.copyToClipboard(uri)]
        case .open:
            guard let uri = model.state.response?.redirectURI, let services = environment.services else { return [] }
            let opened = services.openURL(uri)
            state.apply(.notify(Notice(opened ? .info : .warning,
                                       opened ? "Opened the redirect URI in the browser." : "No desktop browser here; C copies the link instead.")))
        case .history:
            guard !model.state.isRunning else { return [] }
            return openHistory()
        case .help:
            overlay = .help(HelpOverlay(title: "Keys — submit", sections: [Self.submitKeys.help, LoopKeys.help]))
        case .quit:
            saveDraftNow()
            return [.requestQuit]
        }
        return []
    }

    /// Starts (or restarts) the submission of the document as it is now.
    private mutating func startSubmission(_ model: inout SubmitModel) -> [Command<Message>] {
        guard let services = environment.services else { return [] }
        state.apply(.dismissNotice)
        runCounter += 1
        let run = runCounter
        model.run = run
        model.qr = nil
        // Files that arrived already are not sent again (the same id gets new links for the rest).
        model.state = model.state.resubmission()
        model.state.start(at: environment.now())
        let kept = model.state.keptAssetIDs
        let endpoint = model.endpoint
        let kind = state.document.kind
        let value = state.document.value
        let body = state.body
        let files = model.files.values.filter { !kept.contains($0.assetID) }.sorted { $0.assetID < $1.assetID }
        let only: Set<String>? = kept.isEmpty ? nil : Set(files.map(\.assetID))
        return [.run(id: "submission") { poster in
            let events: AsyncStream<SubmissionFlow.Event>
            do {
                events = try await services.submit(kind: kind, value: value, body: body, files: files, only: only, to: endpoint)
            } catch {
                poster.post(.flowFailed(run: run, "\(error)"))
                return
            }
            for await event in events {
                poster.post(.flow(run: run, event))
            }
        }]
    }

    private mutating func retry(_ job: UploadJob, _ model: inout SubmitModel) -> [Command<Message>] {
        guard let services = environment.services else { return [] }
        state.apply(.dismissNotice)
        model.state.retrying(job.assetID, at: environment.now())
        let run = model.run
        let endpoint = model.endpoint
        return [.run(id: "retry-" + job.assetID) { poster in
            guard let client = try? await services.client(endpoint) else { return }
            let upload = client.upload([job])
            await withTaskCancellationHandler {
                for await event in upload.events { poster.post(.upload(run: run, event)) }
            } onCancel: {
                upload.cancel()
            }
            for result in await upload.results() { poster.post(.retried(run: run, result)) }
        }]
    }

    private mutating func replaceFile(_ path: String, _ model: inout SubmitModel) -> [Command<Message>] {
        guard let services = environment.services, let file = model.selected,
            let declared = model.files[file.assetID]
        else { return [] }
        let absolute = environment.absolute(path)
        let declaration = AssetDeclaration(assetID: file.assetID, type: declared.type, path: JSONPath.root)
        let check = services.preflight([declaration], [file.assetID: absolute])
        if let problem = check.findings.errors.first {
            state.apply(.notify(Notice(.error, "Not replaced: \(problem.message)")))
            return []
        }
        guard let replacement = check.files.first else { return [] }
        model.files[file.assetID] = replacement
        apply(.chooseAssetFile(assetID: file.assetID, path: path))
        apply(.fileInspected(assetID: file.assetID, path: path, environment.inspectFile(absolute)))
        guard var job = model.state.jobs[file.assetID] else { return [] }
        job.file = replacement
        if file.linkExpired {
            state.apply(.notify(Notice(.warning, "Replaced; its upload link has expired, so S submits again for new links.")))
            return []
        }
        return retry(job, &model)
    }

    // MARK: Quitting

    /// Before the process ends: the draft is written, and a submission cut
    /// short by quitting is recorded in the history with the files that arrived.
    public mutating func willQuit() {
        saveDraftNow()
        guard case .submit(let model) = screen, model.state.isRunning, let response = model.state.response,
            let history = environment.services?.history
        else { return }
        let files = model.state.files.map { file in
            var sha: String?
            if case .arrived(let arrived) = file.state { sha = arrived }
            return HistoryEntry.FileOutcome(assetID: file.assetID, fileName: file.fileName, size: file.total, sha256: sha,
                                            arrived: file.state.isArrived)
        }
        let entry = HistoryEntry(id: model.state.summary.requestID, kind: state.document.kind,
                                 submittedAt: ISO8601DateFormatter().string(from: Date()), endpoint: model.endpoint.baseURL,
                                 profile: model.endpoint.id, counts: HistoryEntry.counts(of: state.document.value, as: state.document.kind),
                                 redirectURI: response.redirectURI, files: files)
        try? history.append(entry)
    }

    // MARK: Messages

    mutating func receiveSubmission(_ message: Message) -> [Command<Message>] {
        switch message {
        case .faults(let faults):
            if case .faults(var menu) = screen {
                menu.faults = faults
                menu.loading = false
                menu.selected = min(menu.selected, max(0, faults.count - 1))
                screen = .faults(menu)
            }
            return []
        default:
            break
        }
        guard case .submit(var model) = screen else { return [] }
        defer { screen = .submit(model) }
        let now = environment.now()
        switch message {
        case .flow(let run, let event) where run == model.run:
            model.state.apply(event, at: now)
            if case .accepted(let response, _, _) = event { model.qr = QRCode(response.redirectURI) }
            if case .finished = event {
                // The pointer goes to the first file that did not arrive, ready for R or F.
                if let missing = model.state.files.firstIndex(where: { !$0.state.isArrived }) { model.selectedFile = missing }
                finished(model)
            }
        case .upload(let run, let event) where run == model.run:
            model.state.apply(event, at: now)
        case .retried(let run, let result) where run == model.run:
            if let history = environment.services?.history, var entry = model.state.historyEntry {
                entry.files = HistoryEntry.outcomes([result])
                try? history.append(entry)
            }
            model.state.settle()
            if !model.state.isRunning { announce(model.state) }
        case .flowFailed(let run, let reason) where run == model.run:
            model.state.apply(.finished(SubmissionFlow.Outcome(response: nil, error: .configuration(reason), results: [],
                                                               historyEntry: nil, historyProblem: nil)), at: now)
        default:
            break
        }
        return []
    }

    /// When a run ends: the server's findings land on their fields; a note says how it went.
    private mutating func finished(_ model: SubmitModel) {
        let findings = model.state.serverFindings
        if !findings.isEmpty {
            apply(.setServerFindings(findings))
        }
        announce(model.state, findings: findings)
    }

    /// The message line once a run or a retry has ended.
    private mutating func announce(_ submission: SubmissionState, findings: [Finding] = []) {
        switch submission.phase {
        case .done:
            state.apply(.notify(Notice(.info, "Sent \(submission.summary.requestID): give the holder the redirect URI (C copies it).")))
        case .incomplete:
            let missing = submission.files.filter { !$0.state.isArrived }
            let n = missing.count
            let what = "\(n) file\(n == 1 ? "" : "s") did not arrive"
            if missing.contains(where: \.linkExpired) {
                state.apply(.notify(Notice(.warning, what + (n == 1 ? ": its upload link expired" : ": their upload links expired")
                                           + ". S submits again for new links (the same request, no duplicate).")))
            } else {
                state.apply(.notify(Notice(.warning, what + "; R retries the chosen one alone.")))
            }
        case .failed(let reason):
            state.apply(.notify(Notice(.error, findings.isEmpty ? "Not sent: \(reason)" : "The server refused \(findings.count) field\(findings.count == 1 ? "" : "s"); Esc shows them in the form.")))
        default:
            break
        }
    }

    // MARK: Faults and endpoints

    private mutating func handleFaults(_ input: InputEvent, _ menu: inout FaultsMenu) -> [Command<Message>] {
        guard case .key(let key) = input else { return [] }
        switch key {
        case .escape, .f(12):
            screen = .compose
        case .up:
            menu.selected = max(0, menu.selected - 1)
        case .down:
            menu.selected = min(max(0, menu.faults.count - 1), menu.selected + 1)
        case .enter, .char(" "):
            guard menu.faults.indices.contains(menu.selected), let services = environment.services,
                let setFault = services.setFault, let load = services.faults
            else { return [] }
            let fault = menu.faults[menu.selected]
            menu.faults[menu.selected].isOn.toggle()
            state.apply(.notify(Notice(.info, "\(fault.title): \(fault.isOn ? "off" : "on").")))
            return [.perform { poster in
                await setFault(fault.id, !fault.isOn)
                poster.post(.faults(await load()))
            }]
        case .ctrl("q"):
            return [.requestQuit]
        default:
            break
        }
        return []
    }

    private mutating func handleEndpoints(_ input: InputEvent, _ menu: inout EndpointMenu) {
        guard case .key(let key) = input else { return }
        if var dialog = menu.confirm {
            let outcome = dialog.handle(input)
            switch outcome {
            case .submitted, .cancelled:
                menu.confirm = nil
                if outcome == .submitted, dialog.isConfirmed { choose(menu.choices[menu.selected]) }
            default:
                menu.confirm = dialog
            }
            return
        }
        switch key {
        case .escape, .f(11):
            screen = .compose
        case .up:
            menu.selected = max(0, menu.selected - 1)
        case .down:
            menu.selected = min(max(0, menu.choices.count - 1), menu.selected + 1)
        case .enter:
            guard menu.choices.indices.contains(menu.selected) else { return }
            let choice = menu.choices[menu.selected]
            if choice.isProduction {
                menu.confirm = Dialog.confirm(title: "Use production?",
                                              message: "Requests to \(choice.baseURL) reach real holders; every send asks again.",
                                              confirm: "Use it", cancel: "Keep \(endpoint?.id ?? "the current one")")
            } else {
                choose(choice)
            }
        default:
            break
        }
    }

    private mutating func choose(_ choice: EndpointChoice) {
        endpoint = choice
        screen = .compose
        state.apply(.notify(Notice(choice.isProduction ? .warning : .info, "Requests now go to \(choice.label).")))
    }
}
