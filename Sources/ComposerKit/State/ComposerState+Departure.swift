import Foundation
import PassCore

/// Leaving a document (quit, open another, start new) and the draft found for a file opened:
/// nothing typed goes without the user's answer.
extension ComposerState {
    /// Goes on at once when the file holds everything; else asks save, keep as draft, discard.
    mutating func leave(_ going: Departure) -> [ComposerEffect] {
        guard hasUnsavedChanges else { return proceed(going) }
        var answers: [DepartureAnswer] = [.save]
        if draftHoldsChanges { answers.append(.keepDraft) }
        answers += [.discard, .stay]
        let name = document.filePath.map { ($0 as NSString).lastPathComponent }
        let labels = answers.map { answer -> String in
            switch answer {
            case .save: name.map { "Save to \($0)" } ?? "Save as…"
            case .keepDraft: "Keep as draft"
            case .discard: "Discard changes"
            case .stay: "Stay"
            }
        }
        var message = "This \(document.kind.noun) has changes that are not saved to a file."
        if draftHoldsChanges {
            message += " Its draft holds them" + (draftsFolder.map { " (in \($0))" } ?? "")
                + ": \"Keep as draft\" offers them again at the next start."
        } else if let draftProblem {
            message += " Drafts cannot be saved (\(draftProblem)), so only saving to a file keeps them."
        } else {
            message += " No draft holds them yet."
        }
        message += " \"Discard changes\" loses them."
        ask(Question(.leave(going, answers: answers), title: going.title, message: message, answers: labels,
                     defaultAnswer: 0, cancelAnswer: answers.count - 1))
        return []
    }

    mutating func answerDeparture(_ going: Departure, _ answer: DepartureAnswer) -> [ComposerEffect] {
        switch answer {
        case .save:
            departure = going
            guard let path = document.filePath, !path.isEmpty else { return [.askForPath(.save)] }
            return [.writeFile(.save, bytes: body, path: path, replacing: true)]
        case .keepDraft:
            return proceed(going)
        case .discard:
            // The draft goes too, and none is written again for these changes.
            savedDraftRevision = revision
            firstUnsavedEditAt = nil
            return (keepsDrafts ? [.discardDraft(document)] : []) + proceed(going)
        case .stay:
            departure = nil
            return []
        }
    }

    /// Does what the user asked for, the document being safe (or given up).
    mutating func proceed(_ going: Departure) -> [ComposerEffect] {
        switch going {
        case .quit:
            return [.end]
        case .open(let path):
            return [.readFile(.payload, path: path)]
        case .new(let fresh):
            replaceDocument(fresh)
            saveProblem = nil
            notice = Notice(.info, "New \(fresh.kind.noun). Ctrl-Z goes back to the previous document.")
            return []
        case .resume(let draft):
            saveProblem = nil
            return resume(draft)
        }
    }

    /// Offers the draft of the file just opened when it holds something the file does not.
    mutating func offer(_ draft: Draft, of file: String, now: Double) {
        guard document.filePath == file, !draft.savedToFile, draft.document.value != document.value else { return }
        let age = TimeText.ago(now - draft.savedAt)
        var message = "\((file as NSString).lastPathComponent) has a draft from \(age) with changes the file does not hold."
        message += " Resume the draft, open the file as it is saved (the draft stays until this document changes), or see the difference."
        if let earlier = question, case .message = earlier.purpose { message = earlier.message + "\n\n" + message }
        ask(Question(.draftDiffers(draft), title: "Resume the draft?", message: message,
                     answers: ["Resume the draft", "Open as saved", "Show the difference"], defaultAnswer: 0, cancelAnswer: 1))
    }

    mutating func answerDraft(_ draft: Draft, _ index: Int) -> [ComposerEffect] {
        switch index {
        case 0:
            let file = document.filePath
            let saved = document.value
            replaceDocument(draft.document)
            document.filePath = file
            fileBaseline = saved
            hasUnsavedChanges = true
            notice = Notice(.info, "Resumed the draft; its changes are not in \(file.map { ($0 as NSString).lastPathComponent } ?? "the file") yet (F2 saves them). Ctrl-Z shows the file as saved.")
            return inspectAllAssetFiles()
        case 2:
            let lines = LineDifference.marked(old: JSONWriter.bytes(encoder.normalized(document.value, as: document.kind)),
                                              new: JSONWriter.bytes(encoder.normalized(draft.document.value, as: draft.document.kind)))
            ask(Question(.draftDiffers(draft), title: "The draft against the file",
                         message: "- in the file only, + in the draft only\n" + lines.joined(separator: "\n"),
                         answers: ["Resume the draft", "Open as saved"], defaultAnswer: 0, cancelAnswer: 1, isVerbatim: true))
            return []
        default:
            notice = Notice(.info, "Opened \(document.filePath.map { ($0 as NSString).lastPathComponent } ?? "the file") as it is saved; its draft stays until this document changes.")
            return []
        }
    }
}
