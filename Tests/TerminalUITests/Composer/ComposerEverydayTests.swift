import ComposerKit
import Foundation
import PassCore
import TestSupport
import Testing
@testable import TerminalUI

/// What a person entering credentials all day trips over: each test pins one fix.
@Suite struct ComposerEverydayTests {
    /// The message line (second from the bottom).
    func messageLine(_ screen: ScreenBuffer) -> String { screen.line(screen.size.height - 2) }

    @Test func aNoticeGivesWayToTheFieldsOwnHelpAtTheNextKey() {
        let (screen, program) = run(composer(), [.key(.f(10))])
        #expect(messageLine(screen).contains("Not sent"))
        let next = run(program, [.paste("Jane Citizen")])
        #expect(!messageLine(next.screen).contains("Not sent"), "\(messageLine(next.screen))")
        #expect(messageLine(next.screen).contains("The holder's name as on the credential"))
    }

    @Test func f7InAListStillAddsACredentialAndOffersTheEntryFirst() {
        // Microcredential: Issuer, Name, Issued, Expires, Result, then "Add intermediary".
        let steps: [HeadlessTerminal.Step] = [.paste("Jane Citizen")] + addCredential(.microcredential)
            + Array(repeating: .key(.tab), count: 5) + [.key(.enter), .paste("Network A"), .key(.f(7))]
        let (screen, program) = run(composer(), steps)
        #expect(screen.find("A new intermediary in Partner chain") != nil, "\(screen.text)")
        guard case .addMenu(let menu)? = program.compose.overlay else {
            Issue.record("the add menu is open")
            return
        }
        #expect(menu.list.visibleOptions[menu.list.highlighted].value == .credential(.education))
        // F7 Enter adds the same thing wherever the focus is: an education item.
        let added = run(program, [.key(.enter)])
        #expect(added.program.state.document.count(of: .education) == 1)
        let chain = ItemRef.item(.microcredential, 0).path.appending("fields").appending("partner_chain")
        #expect(added.program.state.document.value[path: chain]?.arrayValue?.count == 1)
        // The menu's first line, or Insert, adds an entry to the list.
        let entry = run(program, [.key(.home), .key(.enter)])
        #expect(entry.program.state.document.value[path: chain]?.arrayValue?.count == 2)
        #expect(entry.program.state.document.count(of: .education) == 0)
        let inserted = run(program, [.key(.escape), .key(.insert)])
        #expect(inserted.program.state.document.value[path: chain]?.arrayValue?.count == 2)
    }

    @Test func f7OutsideAListOffersOnlyCredentials() {
        let (screen, _) = run(composer(), [.key(.f(7))])
        #expect(screen.find("Add a credential") != nil)
        #expect(screen.find("A new") == nil)
        #expect(screen.find("Universal credential") != nil, "every type fits in the menu at 80x24")
    }

    @Test func f8OnAListEntrySaysWhatItDeleted() {
        let steps: [HeadlessTerminal.Step] = [.paste("Jane Citizen")] + addCredential(.microcredential)
            + Array(repeating: .key(.tab), count: 5) + [.key(.enter), .paste("Network A"), .key(.f(8))]
        let (screen, program) = run(composer(), steps)
        #expect(messageLine(screen).contains("Deleted intermediary 1 from Partner chain. Ctrl-Z brings it back."))
        #expect(program.state.document.count(of: .microcredential) == 1)
    }

    @Test func longLabelsAreWholeAt80Columns() {
        let tabs = { (count: Int) in Array(repeating: HeadlessTerminal.Step.key(.tab), count: count) }
        let cases: [([HeadlessTerminal.Step], String)] = [
            (addCredential(.rightToWork) + [.paste("SG")] + tabs(1), "Singapore work rights"),
            (addCredential(.education) + tabs(3), "Awaiting graduation"),
            (addCredential(.careerHistory), "Organisation"),
            (addCredential(.careerHistory) + tabs(1), "Classification or"),
            (addCredential(.careerHistory) + tabs(5), "Last processed"),
            (addCredential(.microcredential) + tabs(5) + [.key(.enter)], "Intermediary 1"),
        ]
        for (steps, label) in cases {
            let (screen, program) = run(composer(), size: small, [.paste("Jane Citizen")] + steps)
            #expect(program.state.focusedRow?.label == label)
            #expect(screen.find(label) != nil, "\(label) is clipped at 80x24:\n\(screen.text)")
        }
    }

    @Test func theTitleKeepsTheFileNameAndTheSandboxMarkAt80Columns() {
        var document = Templates.newDocument(.batch, ids: .sequential())
        document.filePath = "jane-citizen.json"
        let (screen, _) = run(composer(document: document), size: small, [.paste("x")])
        let title = screen.line(0)
        #expect(title.contains("jane-citizen.json"), "\(title)")
        #expect(title.contains("SANDBOX"))
        #expect(title.contains("not saved to a file"))
    }

    @Test func theHintsAt80ColumnsAnnounceThePaletteAndThePreview() {
        let (screen, _) = run(composer(), size: small, [])
        let hints = screen.line(small.height - 1)
        // At 80 columns the chords alone (they work in every terminal) keep the most hints.
        for hint in ["Alt-K Help", "Alt-W Save", "Ctrl-N Problem", "Ctrl-T Preview", "Ctrl-P Commands", "2 errors"] {
            #expect(hints.contains(hint), "\(hint) in \(hints)")
        }
        // With "ready to send" there is no problem to go to, and the counts keep a gap.
        let clean = run(composer(), size: small, [.paste("Jane Citizen")] + addCredential(.rightToWork) + [.paste("AU")])
        let cleanHints = clean.screen.line(small.height - 1)
        #expect(cleanHints.contains("Ctrl-P") && cleanHints.contains("Ctrl-T Preview") && !cleanHints.contains("Ctrl-N"), "\(cleanHints)")
        #expect(cleanHints.contains("  ready to send"), "\(cleanHints)")
    }

    @Test func thePaletteScrollsToTheHighlightedCommand() {
        let downs = Array(repeating: HeadlessTerminal.Step.key(.down), count: CommandPalette.commands.count)
        let (screen, program) = run(composer(), size: small, [.key(.ctrl("p"))] + downs)
        guard case .palette(let palette)? = program.overlay else {
            Issue.record("the palette is open")
            return
        }
        let last = palette.matches[palette.selected]
        #expect(palette.selected == palette.matches.count - 1)
        #expect(screen.find(String(last.title.prefix(30))) != nil, "\(last.title) on screen:\n\(screen.text)")
    }

    @Test func thePaletteListsFileCommandsFirst() {
        let (screen, _) = run(composer(), size: small, [.key(.ctrl("p"))])
        for title in [ComposerCommand.export.title, ComposerCommand.copyAsCurl.title, ComposerCommand.newBatch.title] {
            #expect(screen.find(String(title.prefix(30))) != nil, "\(title) visible without scrolling")
        }
    }

    @Test func anEmptyFieldShowsItsExampleMarkedAsAnExample() {
        let (screen, _) = run(composer(), [])
        let row = screen.find("Full name *")
        #expect(row.map { screen.line($0.y).contains("e.g. John Doe") } == true, "\(screen.text)")
    }

    @Test func savingOverAnotherFileAsksFirst() throws {
        let old = Array("old".utf8)
        let program = composer(files: ["/work/out.json": old])
        let steps: [HeadlessTerminal.Step] = [.paste("Jane Citizen"), .key(.f(2)), .paste("out.json"), .key(.enter)]
        let (screen, asked) = run(program, steps)
        #expect(screen.find("Replace the file?") != nil, "\(screen.text)")
        #expect(screen.find("out.json already exists") != nil)
        let kept = run(asked, [.key(.escape)])
        #expect(kept.program.environment.readFileForTests("/work/out.json") == old)
        #expect(kept.program.state.document.filePath == nil)
        #expect(messageLine(kept.screen).contains("Nothing written"))
        let replaced = run(asked, [.key(.char("r"))])
        #expect(replaced.program.environment.readFileForTests("/work/out.json") == replaced.program.state.body)
        #expect(replaced.program.state.document.filePath == "out.json")
        // Its own file is saved again without a question.
        let again = run(replaced.program, [.paste(" Jr"), .key(.f(2))])
        #expect(again.screen.find("Replace the file?") == nil)
        #expect(again.program.environment.readFileForTests("/work/out.json") == again.program.state.body)
    }

    @Test func copyAsCurlShowsTheCommandLineByLineAt80Columns() {
        let steps: [HeadlessTerminal.Step] = [.key(.ctrl("p")), .paste("curl"), .key(.enter), .key(.enter)]
        let (screen, program) = run(composer(), size: small, steps)
        #expect(screen.find("curl \"$SEEK_PASS_URL/api/partner/v2/add/requests/batch.json\" \\") != nil, "\(screen.text)")
        #expect(screen.find("--data-binary @/work/request-body.json") != nil)
        #expect(program.environment.readFileForTests("/work/request-body.json") == program.state.body)
    }

    @Test func aFileOpenedFromTheCommandLineSaysWhatWasFound() throws {
        let bad = Array(#"{"credential_id": "b", "digital_identity": {"credential_id": "b-1", "fields": {"full_name": "A", "nick": 1}}, "education_items": [], "microcredential_items": [], "english_proficiency_items": []}"#.utf8)
        let file = try PayloadFile.parse(bad, name: "bad.json")
        let document = ComposerDocument(kind: file.kind, value: file.value, filePath: "bad.json")
        let (screen, _) = run(composer(document: document), [])
        #expect(messageLine(screen).contains("Opened bad.json with 2 errors"), "\(messageLine(screen))")
        #expect(messageLine(screen).contains("F4 goes to each"))
    }

    @Test func aResumedDraftIsNotMistakenForASavedFile() {
        var earlier = ComposerState(document: Templates.newDocument(.batch, ids: .sequential()))
        earlier.apply(.setText(Templates.holderNamePath, "Draft Person"))
        // A draft of a new document: F2 asks for a name (it used to try to save to "").
        let fresh = Draft(document: earlier.document, savedAt: 1)
        let (screen, program) = run(composer(kept: [fresh]), [.key(.enter), .key(.f(2))])
        #expect(screen.find("Save the payload as") != nil, "\(screen.text)")
        #expect(program.state.document.filePath == nil)
        #expect(program.state.hasUnsavedChanges)
        // A draft of an opened file: its changes are not in the file yet.
        var opened = earlier.document
        opened.filePath = "jane.json"
        let (resumedScreen, resumed) = run(composer(kept: [Draft(document: opened, savedAt: 1)]), [.key(.enter)])
        #expect(resumed.state.hasUnsavedChanges)
        #expect(resumedScreen.line(0).contains("not saved to a file"))
        #expect(messageLine(resumedScreen).contains("its changes are not in jane.json yet (F2 saves them)"))
    }

    @Test func theStartListSaysOfEachDraftItsKindHolderCredentialsErrorsAndAge() {
        var earlier = ComposerState(document: Templates.newDocument(.batch, ids: .sequential()))
        earlier.apply(.setText(Templates.holderNamePath, "Draft Person"))
        earlier.apply(.addItem(.education))
        let savedAt = Date().timeIntervalSince1970 - 125
        let (screen, _) = run(composer(kept: [Draft(document: earlier.document, savedAt: savedAt)]), size: large, [])
        let line = screen.text.split(separator: "\n").first { $0.contains("Draft Person") }.map(String.init)
        for part in ["Draft · Batch", "Draft Person", "1 credential", earlier.errorCount == 1 ? "1 error" : "\(earlier.errorCount) errors", "2 min ago", earlier.document.requestID] {
            #expect(line?.contains(part) == true, "\(part) in:\n\(screen.text)")
        }
    }

    @Test func aProblemFoundAtStartIsSaidInTheResumeDialog() {
        var earlier = ComposerState(document: Templates.newDocument(.batch, ids: .sequential()))
        earlier.apply(.setText(Templates.holderNamePath, "Draft Person"))
        let notice = "A draft could not be read (not JSON); it was moved to /state/drafts/draft-x.json.corrupt-1."
        let program = composer(document: Templates.newDocument(.batch, ids: .sequential()),
                               kept: [Draft(document: earlier.document, savedAt: 1)], notices: [notice])
        let (screen, shown) = run(program, size: large, [])
        #expect(screen.find("Before you start") != nil)
        #expect(screen.find("could not be read") != nil, "\(screen.text)")
        #expect(screen.find("moved to") != nil)
        // Once read, the drafts are offered.
        let list = run(shown, size: large, [.key(.enter)]).screen
        #expect(list.find("Drafts and recent files") != nil, "\(list.text)")
        #expect(list.find("Draft Person") != nil)
    }

    @Test func aProblemFoundAtStartIsShownInADialogWhenThereIsNoDraftToResume() {
        let notice = "A draft could not be read (not JSON); it was moved to /state/drafts/draft-x.json.corrupt-1."
        let (screen, program) = run(composer(document: Templates.newDocument(.batch, ids: .sequential()), notices: [notice]), [])
        #expect(screen.find("Before you start") != nil, "\(screen.text)")
        #expect(screen.find("could not be read") != nil)
        let closed = run(program, [.key(.enter)])
        #expect(closed.program.compose.overlay == nil)
        #expect(closed.screen.find("Holder (digital identity)") != nil)
    }

    @Test func startingNewSaysWhereTheEarlierDraftStays() throws {
        let folder = try TemporaryDirectory("composer-drafts")
        let directory = folder.path
        var earlier = ComposerState(document: Templates.newDocument(.batch, ids: .sequential()))
        earlier.apply(.setText(Templates.holderNamePath, "Draft Person"))
        let program = composer(document: Templates.newDocument(.batch, ids: .sequential()),
                               kept: [Draft(document: earlier.document, savedAt: 1)], drafts: DraftStore.onDisk(directory))
        let (screen, _) = run(program, size: large, [.key(.escape)])
        #expect(messageLine(screen).contains("the drafts stay in \(directory)"), "\(messageLine(screen))")
    }

    @Test func quittingWithEverythingSavedLeavesNoDraftToResume() throws {
        let folder = try TemporaryDirectory("composer-drafts")
        let directory = folder.path
        let store = DraftStore.onDisk(directory)
        let document = Templates.newDocument(.batch, ids: .sequential())
        // Unsaved work: the draft keeps it.
        let asked = run(composer(document: document, drafts: store), [.paste("Jane Citizen"), .key(.ctrl("q"))])
        #expect(asked.program.state.hasUnsavedChanges)
        #expect(store.latest()?.draft.document.holderName == "Jane Citizen")
        #expect(store.latest()?.draft.savedToFile == false)
        // The question offers the draft just written; Esc stays.
        #expect(asked.program.state.question?.answers == ["Save as…", "Keep as draft", "Discard changes", "Stay"])
        let unsaved = run(asked.program, [.key(.escape)])
        #expect(unsaved.program.state.question == nil)
        // Saved to a file: the file holds it all, so its draft goes; quitting leaves none.
        let saved = run(unsaved.program, [.key(.f(2)), .paste("jane.json"), .key(.enter)])
        #expect(saved.program.state.document.filePath == "jane.json")
        #expect(store.latest() == nil)
        _ = run(saved.program, [.key(.ctrl("q"))])
        #expect(store.latest() == nil)
    }
}
