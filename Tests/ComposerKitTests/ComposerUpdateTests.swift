import Foundation
import PassCore
import TestSupport
import Testing
@testable import ComposerKit

/// The composer's update with no terminal, no disk and a clock the test moves: what each
/// action does to the state, and which effects it asks for.
struct ComposerUpdateTests {
    /// A right-to-work item added to a batch whose holder is named.
    func batchWithRightToWork() -> ComposerState {
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "Siti Rahma"))
        state.apply(.addItem(.rightToWork))
        return state
    }

    @Test func countryCodesBecomeCapitalsAsTheyAreTyped() {
        var state = batchWithRightToWork()
        #expect(state.focusedRow?.label == "Country")
        state.apply(.input(.text("sg")))
        let country = ComposerState.field(.item(.rightToWork, 0), "country")
        #expect(state.value(country) == "SG")
        #expect(state.rows.contains { $0.path.lastKey == "singapore_work_rights" }, "SG brings up the work rights")
    }

    @Test func aProblemOfAHiddenFieldFocusesTheFieldThatBringsItUp() throws {
        // document_type "none" hides the document row, yet the file sends a document.
        var value = Templates.newDocument(.microcredential, ids: .sequential()).value
        value.set("none", at: JSONPath.root.appending("document_type"))
        value.set("https://example.com/x.pdf", at: JSONPath.root.appending("data").appending("document"))
        var state = ComposerState(document: ComposerDocument(kind: .microcredential, value: value), ids: .sequential())
        let document = JSONPath.root.appending("data").appending("document")
        #expect(!state.rows.contains { $0.path == document }, "no row for the document")
        #expect(state.findings.contains { $0.path == document })
        state.apply(.focus(.outline))
        for _ in 0..<state.findings.count {
            state.apply(.focusNextProblem)
            let finding = try #require(state.problemCursor)
            if finding.path == document {
                #expect(state.focusedPath == JSONPath.root.appending("document_type"), "the type brings it up")
            }
            #expect(state.focusedRow?.isGeneratedID != true, "never a generated id for \(finding.path)")
        }
    }

    @Test func theWorkRightsOfSingaporeAreFocusedEvenWhenTheCountryWasWrittenSmall() throws {
        var state = batchWithRightToWork()
        let country = ComposerState.field(.item(.rightToWork, 0), "country")
        state.apply(.setJSON(country, "sg"))
        state.apply(.focus(.outline))
        var rights = false
        for _ in 0..<state.findings.count {
            state.apply(.focusNextProblem)
            let finding = try #require(state.problemCursor)
            if finding.path.lastKey == "singapore_work_rights" {
                rights = true
                #expect(state.focusedPath == finding.path)
            }
            #expect(state.focusedRow?.isGeneratedID != true, "never a generated id for \(finding.path)")
        }
        #expect(rights)
    }

    @Test func f4WalksEveryProblemInDocumentOrderAndWrapsAround() {
        var state = newBatchState()
        let findings = state.findings
        #expect(findings.count == 2, "\(findings)")
        var seen: [Finding] = []
        for _ in 0..<(findings.count * 2) {
            state.apply(.focusNextProblem)
            seen.append(try! #require(state.problemCursor))
        }
        #expect(Set(seen.prefix(2)) == Set(findings), "both problems, whatever the start")
        #expect(Array(seen.suffix(2)) == Array(seen.prefix(2)), "and again from the first")
        // The batch-level problem focuses the outline's "add a credential" line and says F7.
        state.apply(.focus(.outline))
        state.apply(.focusNextProblem)
        #expect(state.problemCursor?.rule == .batchEmpty)
        #expect(state.focus == .addCredential)
        #expect(state.notice?.text.contains("F7") == true)
        state.apply(.focusNextProblem)
        #expect(state.focusedPath == Templates.holderNamePath, "back to the holder's empty name")
    }

    @Test func lettersOnARecordStartItsFirstField() {
        var state = ComposerState(document: Templates.newDocument(.careerHistory, ids: .sequential()), ids: .sequential())
        #expect(state.focusedRow?.label == "Full name")
        state.apply(.input(.text("Jane Citizen")))
        state.apply(.moveFocus(1))
        guard case .record = state.focusedRow?.control else {
            Issue.record("Tab after the name is on the employment record: \(String(describing: state.focusedRow))")
            return
        }
        state.apply(.input(.text("Company A")))
        let record = JSONPath.root.appending("fields").appending("employment").appending(0)
        #expect(state.value(record.appending("organisation")) == "Company A")
        #expect(state.focusedPath == record.appending("organisation"))
        state.apply(.moveFocus(1))
        state.apply(.input(.text("Engineer")))
        #expect(state.value(record.appending("role_classification")) == "Engineer")
    }

    @Test func lettersOnAnAddRowOrAnUnknownMemberSayWhatToPress() {
        var state = ComposerState(document: Templates.newDocument(.careerHistory, ids: .sequential()), ids: .sequential())
        let add = try! #require(state.rows.first { if case .add = $0.control { return true }; return false })
        state.apply(.focus(.row(add.id)))
        let before = state.document
        state.apply(.input(.text("x")))
        #expect(state.document == before)
        #expect(state.notice?.text.contains("Enter adds") == true, "\(String(describing: state.notice))")
        state.apply(.input(.confirm))
        #expect(state.document != before, "Enter adds the entry")
    }

    @Test func generatedIdsAreEditedOnlyAfterEnter() {
        var state = newBatchState()
        let id = try! #require(state.rows.first { $0.isGeneratedID })
        state.apply(.focus(.row(id.id)))
        #expect(!state.focusTakesText)
        state.apply(.input(.text("SG")))
        #expect(state.value(id.path) == .string(batchID + "-1"), "typing does not change the id")
        #expect(state.notice?.text.contains("Enter") == true)
        state.apply(.input(.confirm))
        #expect(state.focusTakesText)
        state.apply(.input(.text("x")))
        #expect(state.value(id.path) == .string(batchID + "-1x"))
        state.apply(.moveFocus(1))
        state.apply(.moveFocus(-1))
        #expect(!state.focusTakesText, "leaving it locks it again")
    }

    @Test func aFileLookWaitsForTypingToPauseThenIsAskedFor() {
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "Siti Rahma"))
        state.apply(.addItem(.microcredential))
        let assets = ItemRef.item(.microcredential, 0).path.appending("assets")
        state.apply(.addListElement(assets), at: 1)
        #expect(state.focusedRow?.textKind == .filePath)
        var effects = state.apply(.input(.text("/files/cert.pdf")), at: 10)
        #expect(effects.isEmpty, "no look while typing")
        #expect(state.isWaitingForTime)
        effects = state.apply(.clock, at: 10.1)
        #expect(effects.isEmpty)
        effects = state.apply(.clock, at: 10 + DraftTiming.inspectionPause)
        let assetID = batchID + "-micro-1-asset"
        #expect(effects == [.inspectFile(assetID: assetID, path: "/files/cert.pdf")])
        // A look at a path no longer chosen is ignored.
        state.apply(.input(.edit(.deleteBackward)), at: 11)
        state.apply(.fileInspected(assetID: assetID, path: "/files/cert.pdf", FileInspection(size: 5, detectedType: .pdf)))
        #expect(state.inspections[assetID] == nil)
    }

    @Test func theDraftIsAskedForOnceTypingPausesAndOneAtATime() {
        var state = ComposerState(document: Templates.newDocument(.batch, ids: .sequential()), ids: .sequential(), keepsDrafts: true)
        #expect(state.apply(.input(.text("J")), at: 1).isEmpty)
        #expect(state.apply(.clock, at: 1.1).isEmpty)
        let effects = state.apply(.clock, at: 1 + DraftTiming.pause)
        guard case .writeDraft(let document, false, let revision)? = effects.first else {
            Issue.record("a draft write: \(effects)")
            return
        }
        #expect(document.holderName == "J")
        #expect(state.apply(.input(.text("o")), at: 2).isEmpty)
        #expect(state.apply(.clock, at: 3).isEmpty, "one write at a time")
        let next = state.apply(.draftSaved(revision: revision), at: 3)
        #expect(next.count == 1, "then the next one, at once: \(next)")
    }

    @Test func savingOverAnotherFileAsksAndReplacingWritesIt() throws {
        let files = MemoryFileSystem(["/work/out.json": Array("old".utf8)], folders: ["/work"])
        let runner = ComposerRunner(environment: ComposerEnvironment(now: { 0 }, files: files, currentDirectory: "/work"))
        var state = newBatchState()
        var effects = state.apply(.write(.save, path: "out.json"))
        var write = try #require(effects.first)
        var result = runner.perform(write)
        #expect(result == .fileWritten(.save, path: "out.json", absolute: "/work/out.json", problem: .exists))
        effects = state.apply(try #require(result))
        #expect(state.question?.title == "Replace the file?")
        #expect(files["/work/out.json"] == Array("old".utf8), "nothing written yet")
        effects = state.apply(.answer(0))
        write = try #require(effects.first)
        result = runner.perform(write)
        state.apply(try #require(result))
        #expect(files["/work/out.json"] == state.body)
        #expect(state.document.filePath == "out.json")
        #expect(!state.hasUnsavedChanges)
    }

    @Test func aFailedSaveSaysWhyAndLeavesTheDocumentUnsaved() throws {
        let files = MemoryFileSystem([:], folders: ["/work"])
        files.readOnlyFolders = ["/work"]
        let runner = ComposerRunner(environment: ComposerEnvironment(now: { 0 }, files: files, currentDirectory: "/work"))
        var state = newBatchState()
        state.apply(.input(.text("Jane")))
        let effects = state.apply(.write(.save, path: "out.json"))
        let write = try #require(effects.first)
        state.apply(try #require(runner.perform(write)))
        #expect(state.notice?.level == .error)
        #expect(state.notice?.text.contains("read-only") == true, "\(String(describing: state.notice))")
        #expect(state.hasUnsavedChanges)
        #expect(state.document.filePath == nil)
    }

    @Test func undoSaysWhatItDidOrThatThereIsNothingToUndo() {
        var state = newBatchState()
        state.apply(.undo)
        #expect(state.notice?.text == "Nothing to undo.")
        state.apply(.addItem(.education))
        state.apply(.undo)
        #expect(state.notice?.text == "The credential added is gone again.")
        state.apply(.redo)
        #expect(state.notice?.text == "A credential is back.")
        state.apply(.redo)
        #expect(state.notice?.text == "Nothing to redo.")
    }

    @Test func choosingAFileIsNotAnUnsavedChangeOfThePayload() {
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "Siti Rahma"))
        state.apply(.addItem(.microcredential))
        state.apply(.markSaved(path: "b.json"))
        #expect(!state.hasUnsavedChanges)
        state.apply(.addListElement(ItemRef.item(.microcredential, 0).path.appending("assets")))
        #expect(state.hasUnsavedChanges, "a new asset is in the payload")
        state.apply(.undo)
        #expect(!state.hasUnsavedChanges, "undone back to the file's content")
        state.apply(.chooseAssetFile(assetID: "x", path: "/f.pdf"))
        #expect(!state.hasUnsavedChanges, "files chosen are not in the payload")
    }
}
