import Foundation
import PassCore

/// Opening, saving, exporting: the composer asks for reads and writes and takes their results.
extension ComposerState {
    /// Whether `path` is the document's own file (saving there replaces nothing else).
    func isOwnFile(_ path: String) -> Bool {
        guard let own = document.filePath, !own.isEmpty else { return false }
        return own == path
    }

    mutating func read(_ purpose: ReadPurpose, path: String, _ result: Result<[UInt8], FileReadError>,
                       at now: Double) -> [ComposerEffect] {
        let bytes: [UInt8]
        switch result {
        case .success(let read):
            bytes = read
        case .failure(let error):
            switch purpose {
            case .payload: ask(Question(.message, title: "Not opened", message: error.description, answers: ["OK"]))
            case .openCert: notice = Notice(.error, "Could not read \(path): \(error)")
            }
            return []
        }
        switch purpose {
        case .openCert:
            return apply(.setOpenCert(text: String(decoding: bytes, as: UTF8.self), fromFile: path), at: now)
        case .payload:
            do {
                let file = try PayloadFile.parse(bytes, name: path)
                replaceDocument(ComposerDocument.opened(file.value, kind: file.kind, filePath: path))
                notice = openedNotice(path)
                saveProblem = nil
                return [.recallFiles(file: path), .findDraft(file: path), .rememberOpened(file: path)]
            } catch {
                ask(Question(.message, title: "Not opened", message: error.description, answers: ["OK"]))
                return []
            }
        }
    }

    /// What the status line says about a file just opened.
    public func openedNotice(_ path: String) -> Notice {
        let errors = errorCount, warnings = warningCount
        if errors + warnings == 0 {
            return Notice(.info, "Opened \(path): a valid \(document.kind.noun).")
        }
        return Notice(errors > 0 ? .error : .warning,
                      "Opened \(path) with \(errors) error\(errors == 1 ? "" : "s") and \(warnings) warning\(warnings == 1 ? "" : "s"); F4 goes to each.")
    }

    mutating func written(_ purpose: WritePurpose, path: String, absolute: String, problem: WriteProblem?) -> [ComposerEffect] {
        switch problem {
        case .exists?:
            if purpose != .save { departure = nil }
            ask(Question(.replaceFile(purpose, path: path), title: "Replace the file?",
                         message: "\(path) already exists. Replace it with this \(document.kind.noun)?",
                         answers: ["Replace", "Cancel"], defaultAnswer: 1))
            return []
        case .failed(let reason)?:
            notice = Notice(.error, "Could not save to \(path): \(reason)")
            if purpose == .save {
                // Said until a save works: the document is not in its file.
                saveProblem = reason
                departure = nil
            }
            return []
        case nil:
            break
        }
        switch purpose {
        case .save:
            document.filePath = path
            fileBaseline = document.value
            hasUnsavedChanges = false
            let problems = errorCount == 0 ? "" : " It has \(errorCount) error\(errorCount == 1 ? "" : "s") to fix before sending."
            notice = Notice(errorCount == 0 ? .info : .warning, "Saved \(ByteCount.text(body.count)) to \(path).\(problems)")
            // The file holds it all now: its draft goes; the files chosen are remembered beside it.
            saveProblem = nil
            var effects: [ComposerEffect] = [.rememberFiles(file: path, document.assetFiles), .rememberOpened(file: path)]
            if keepsDrafts {
                savedDraftRevision = revision
                firstUnsavedEditAt = nil
                effects.append(.discardDraft(document))
            }
            if let going = departure {
                departure = nil
                effects += proceed(going)
            }
            return effects
        case .export:
            let problems = errorCount == 0 ? "" : " It has \(errorCount) error\(errorCount == 1 ? "" : "s") to fix before sending."
            notice = Notice(errorCount == 0 ? .info : .warning, "Saved \(ByteCount.text(body.count)) to \(path).\(problems)")
        case .curlBody:
            notice = Notice(.info, "Wrote the body to \(path); the token stays in $ACCESS_TOKEN.")
            ask(Question(.message, title: "Copy as curl",
                         message: CurlCommand.text(kind: document.kind, bodyFile: absolute, baseURL: curlBaseURL),
                         answers: ["OK"], isVerbatim: true))
        }
        return []
    }

    /// The files chosen for this document's assets last time, where it has those assets and
    /// no file chosen yet.
    mutating func recalled(_ found: [String: RecalledFile], for file: String) -> [ComposerEffect] {
        guard document.filePath == file else { return [] }
        let declared = Set(AssetDeclaration.all(in: document.value, as: document.kind).map(\.assetID))
        var taken: [String] = []
        var changed: [String] = []
        for (assetID, recalled) in found.sorted(by: { $0.key < $1.key })
        where declared.contains(assetID) && (document.assetFiles[assetID] ?? "").isEmpty {
            document.assetFiles[assetID] = recalled.path
            pendingInspections[assetID] = (recalled.path, -.infinity)
            taken.append(assetID)
            if recalled.changed { changed.append((recalled.path as NSString).lastPathComponent) }
        }
        guard !taken.isEmpty else { return [] }
        recompute()
        let n = taken.count
        var text = "Found the file\(n == 1 ? "" : "s") chosen last time for \(n) asset\(n == 1 ? "" : "s")."
        if !changed.isEmpty {
            text += " Changed since: " + changed.joined(separator: ", ") + " — check \(changed.count == 1 ? "it" : "them") before sending."
        }
        notice = Notice(changed.isEmpty ? .info : .warning, text)
        return []
    }

    /// Takes up a draft kept from an earlier session; its file (if any) does not hold it yet.
    mutating func resume(_ draft: Draft) -> [ComposerEffect] {
        replaceDocument(draft.document)
        if let file = draft.document.filePath, draft.savedToFile {
            document.filePath = file
            fileBaseline = document.value
            hasUnsavedChanges = false
            notice = Notice(.info, "Resumed the draft of \(draft.document.requestID).")
        } else {
            fileBaseline = nil
            hasUnsavedChanges = true
            if let file = draft.document.filePath {
                notice = Notice(.info, "Resumed the draft; its changes are not in \(file) yet (F2 saves them).")
            } else {
                notice = Notice(.info, "Resumed the draft of \(draft.document.requestID).")
            }
        }
        return inspectAllAssetFiles()
    }

    /// Asks `question`; the front end shows it until ``ComposerAction/answer(_:)``.
    public mutating func ask(_ question: Question) {
        self.question = question
    }

    mutating func answer(_ index: Int, at now: Double) -> [ComposerEffect] {
        guard let question else { return [] }
        self.question = nil
        switch question.purpose {
        case .message:
            return []
        case .replaceFile(let purpose, let path):
            guard index == 0 else {
                notice = Notice(.info, "Nothing written; \(path) is as it was.")
                departure = nil
                return []
            }
            return [.writeFile(purpose, bytes: body, path: path, replacing: true)]
        case .leave(let going, let answers):
            return answerDeparture(going, answers.indices.contains(index) ? answers[index] : .stay)
        case .draftDiffers(let draft):
            return answerDraft(draft, index)
        case .resumeDraft(let draft):
            guard index == 0 else {
                notice = Notice(.info, "Started a new document; the earlier draft stays" + (draftsFolder.map { " in " + $0 } ?? "") + ".")
                return []
            }
            return resume(draft)
        }
    }
}
