import Foundation
import PassCore
import TestSupport
import Testing
@testable import ComposerKit

/// Leaving a document (quit, open another, start new) and opening a file that has a draft:
/// the update and its effects, run with files and drafts in memory and no real time.
struct DepartureTests {
    /// A composer over files in memory, with drafts kept in memory too; effects performed at once.
    struct World {
        var state: ComposerState
        let files: MemoryFileSystem
        let drafts: DraftStore
        let runner: ComposerRunner
        var ended = false
        var askedForPath = false

        init(files: [String: [UInt8]] = [:], document: ComposerDocument? = nil) {
            self.files = MemoryFileSystem(files, folders: ["/work", "/state"])
            drafts = DraftStore.inMemory(self.files)
            runner = ComposerRunner(environment: ComposerEnvironment(
                now: { 0 }, wallClock: { 1_000_000 }, files: self.files, drafts: drafts,
                homeDirectory: "/home/me", currentDirectory: "/work"))
            state = ComposerState(document: document ?? Templates.newDocument(.batch, ids: .sequential()),
                                  ids: .sequential(), keepsDrafts: true)
        }

        mutating func send(_ action: ComposerAction) {
            var queue = state.apply(action, at: 0)
            while !queue.isEmpty {
                let effect = queue.removeFirst()
                if effect == .end { ended = true }
                if case .askForPath = effect { askedForPath = true }
                if let result = runner.perform(effect) { queue += state.apply(result, at: 0) }
            }
        }

        /// Writes the draft now, as the front ends do before they ask.
        mutating func writeDraft() {
            if let result = runner.perform(.writeDraft(state.document, savedToFile: false, revision: state.revision)) {
                send(result)
            }
        }

        func answerIndex(_ answer: DepartureAnswer) -> Int? {
            guard case .leave(_, let answers)? = state.question?.purpose else { return nil }
            return answers.firstIndex(of: answer)
        }
    }

    static let saved = Array(#"{"credential_id": "b", "digital_identity": {"credential_id": "b-1", "fields": {"full_name": "Priya Sharma"}}, "education_items": [], "microcredential_items": [], "english_proficiency_items": []}"#.utf8)

    @Test func quittingWithNothingUnsavedEndsAtOnce() {
        var world = World()
        world.send(.leave(.quit))
        #expect(world.ended)
        #expect(world.state.question == nil)
    }

    @Test func quittingWithUnsavedChangesAsksAndOffersTheDraftOnlyOnceItIsWritten() throws {
        var world = World()
        world.send(.setText(Templates.holderNamePath, "Jane Citizen"))
        world.send(.leave(.quit))
        #expect(!world.ended)
        #expect(world.state.question?.answers == ["Save as…", "Discard changes", "Stay"], "no draft written yet: no keep")
        world.send(.answer(2))
        #expect(world.state.question == nil && !world.ended)

        world.writeDraft()
        world.send(.leave(.quit))
        #expect(world.state.question?.answers == ["Save as…", "Keep as draft", "Discard changes", "Stay"])
        #expect(world.state.question?.message.contains("Its draft holds them") == true)
        world.send(.answer(try #require(world.answerIndex(.keepDraft))))
        #expect(world.ended)
        #expect(world.drafts.latest()?.draft.document.holderName == "Jane Citizen", "the draft stays")
    }

    @Test func discardingRemovesTheDraftAndEnds() throws {
        var world = World()
        world.send(.setText(Templates.holderNamePath, "Jane Citizen"))
        world.writeDraft()
        #expect(world.drafts.latest() != nil)
        world.send(.leave(.quit))
        world.send(.answer(try #require(world.answerIndex(.discard))))
        #expect(world.ended)
        #expect(world.drafts.latest() == nil)
        #expect(!world.state.isDraftSaveDue(at: 100), "no draft is written again for the discarded changes")
    }

    @Test func savingANewDocumentAsksWhereThenSavesAndEnds() throws {
        var world = World()
        world.send(.setText(Templates.holderNamePath, "Jane Citizen"))
        world.send(.leave(.quit))
        world.send(.answer(0))
        #expect(world.askedForPath && !world.ended)
        world.send(.write(.save, path: "jane.json"))
        #expect(world.ended)
        let file = try #require(world.files["/work/jane.json"])
        #expect(String(decoding: file, as: UTF8.self).contains("Jane Citizen"))
    }

    @Test func aSaveThatFailsKeepsTheDocumentAndSaysSoUntilASaveWorks() throws {
        var world = World()
        world.send(.setText(Templates.holderNamePath, "Jane Citizen"))
        world.send(.leave(.quit))
        world.send(.answer(0))
        world.send(.write(.save, path: "/nowhere/jane.json"))
        #expect(!world.ended, "a failed save never quits")
        #expect(world.state.hasUnsavedChanges)
        #expect(world.state.lastingWarning?.hasPrefix("Not saved") == true, "\(String(describing: world.state.lastingWarning))")
        world.send(.dismissNotice)
        world.send(.input(.text("x")))
        #expect(world.state.lastingWarning != nil, "the warning outlasts other keys")
        world.send(.write(.save, path: "jane.json"))
        #expect(world.state.lastingWarning == nil)
        #expect(!world.ended, "the departure was given up when the save failed")
    }

    @Test func draftsThatCannotBeWrittenAreSaidUntilOneIsAndQuittingOffersNoDraft() {
        var world = World()
        world.send(.setText(Templates.holderNamePath, "Jane Citizen"))
        world.send(.draftFailed("/state/drafts/draft-x.json: permission denied; the folder /state/drafts cannot be written"))
        #expect(world.state.lastingWarning?.contains("Drafts cannot be saved — F2 saves to a file") == true)
        world.send(.leave(.quit))
        #expect(world.state.question?.answers == ["Save as…", "Discard changes", "Stay"])
        #expect(world.state.question?.message.contains("only saving to a file keeps them") == true)
        world.send(.answer(2))
        world.send(.draftSaved(revision: world.state.revision))
        #expect(world.state.lastingWarning == nil)
    }

    @Test func openingAnotherFileOrStartingNewAsksFirstWhenChangesAreUnsaved() throws {
        var world = World(files: ["/work/priya.json": Self.saved])
        world.send(.setText(Templates.holderNamePath, "Jane Citizen"))
        world.send(.leave(.open(path: "priya.json")))
        #expect(world.state.question?.title == "Open another file?")
        #expect(world.state.document.holderName == "Jane Citizen", "nothing replaced before the answer")
        world.send(.answer(try #require(world.state.question?.cancelAnswer)))
        #expect(world.state.document.holderName == "Jane Citizen")
        world.send(.leave(.new(Templates.newDocument(.careerHistory, ids: .sequential()))))
        #expect(world.state.question?.title == "Start a new document?")
        world.send(.answer(try #require(world.answerIndex(.discard))))
        #expect(world.state.document.kind == .careerHistory)
        world.send(.leave(.open(path: "priya.json")))
        #expect(world.state.question == nil, "a new document untouched opens without asking")
        #expect(world.state.document.holderName == "Priya Sharma")
    }

    @Test func takingUpAKeptDraftOverUnsavedChangesAsksFirst() throws {
        var earlier = ComposerState(document: Templates.newDocument(.batch, ids: .sequential()), ids: .sequential())
        earlier.apply(.setText(Templates.holderNamePath, "Draft Person"))
        let draft = Draft(document: earlier.document, savedAt: 1)
        var world = World()
        world.send(.setText(Templates.holderNamePath, "Jane Citizen"))
        world.send(.leave(.resume(draft)))
        #expect(world.state.question?.title == "Open the draft?")
        #expect(world.state.document.holderName == "Jane Citizen", "nothing replaced before the answer")
        world.send(.answer(try #require(world.answerIndex(.discard))))
        #expect(world.state.document.holderName == "Draft Person")
        #expect(world.state.hasUnsavedChanges, "a draft is not in a file")
        var untouched = World()
        untouched.send(.leave(.resume(draft)))
        #expect(untouched.state.question == nil, "nothing unsaved: taken up at once")
        #expect(untouched.state.document.holderName == "Draft Person")
    }

    @Test func aFileWithADraftThatDiffersOffersItAndResumingBringsBackTheTypedText() throws {
        var world = World(files: ["/work/priya.json": Self.saved])
        world.send(.open(path: "priya.json"))
        world.send(.setText(Templates.holderNamePath, "Priya Sharma-Lee"))
        world.writeDraft()
        // Another session opens the same file.
        var again = World(files: ["/work/priya.json": Self.saved])
        again.state = ComposerState(document: Templates.newDocument(.batch, ids: .sequential()), ids: .sequential(), keepsDrafts: true)
        let draftStore = DraftStore.inMemory(world.files)
        let runner = ComposerRunner(environment: ComposerEnvironment(now: { 0 }, wallClock: { 1_000_060 }, files: world.files,
                                                                     drafts: draftStore, currentDirectory: "/work"))
        var queue = again.state.apply(.open(path: "priya.json"), at: 0)
        while !queue.isEmpty {
            if let result = runner.perform(queue.removeFirst()) { queue += again.state.apply(result, at: 0) }
        }
        let question = try #require(again.state.question)
        #expect(question.title == "Resume the draft?")
        #expect(question.answers == ["Resume the draft", "Open as saved", "Show the difference"])
        #expect(question.message.contains("from 1 min ago"), "\(question.message)")
        #expect(again.state.document.holderName == "Priya Sharma", "the file as saved until the answer")
        // The difference: the file's line and the draft's, marked.
        _ = again.state.apply(.answer(2), at: 0)
        let difference = try #require(again.state.question)
        #expect(difference.isVerbatim)
        #expect(difference.message.contains(#"-       "full_name": "Priya Sharma""#), "\(difference.message)")
        #expect(difference.message.contains(#"+       "full_name": "Priya Sharma-Lee""#))
        _ = again.state.apply(.answer(0), at: 0)
        #expect(again.state.document.holderName == "Priya Sharma-Lee")
        #expect(again.state.document.filePath == "priya.json")
        #expect(again.state.hasUnsavedChanges, "the file does not hold the draft yet")
        _ = again.state.apply(.undo, at: 0)
        #expect(again.state.document.holderName == "Priya Sharma", "Ctrl-Z shows the file as saved")
    }

    @Test func aDraftThatHoldsWhatTheFileHoldsIsNotOffered() {
        var world = World(files: ["/work/priya.json": Self.saved])
        world.send(.open(path: "priya.json"))
        world.writeDraft()
        world.send(.open(path: "priya.json"))
        #expect(world.state.question == nil)
    }

    @Test func onlyPayloadsOpenAndTheFileIsLeftAsItWas() throws {
        let cert = Array(#"{"version": "https://schema.openattestation.com/2.0/schema.json", "data": {"name": "x"}, "signature": {"type": "SHA3MerkleProof"}}"#.utf8)
        let package = Array(#"{"name": "left-pad", "version": "1.3.0", "scripts": {"test": "x"}}"#.utf8)
        var world = World(files: ["/work/cert.opencert": cert, "/work/package.json": package, "/work/list.json": Array("[1, 2]".utf8)])
        let before = world.state.document
        for (file, says) in [("cert.opencert", "this is an OpenCert document, not a request; attach it to a credential instead"),
                             ("package.json", "this is an npm package.json, not a request"),
                             ("list.json", "a payload must be a JSON object ({…}), this file holds an array")] {
            world.send(.open(path: file))
            let question = try #require(world.state.question)
            #expect(question.title == "Not opened")
            #expect(question.message.contains(says), "\(question.message)")
            world.send(.answer(0))
            #expect(world.state.document == before, "\(file) did not become the document")
        }
        #expect(world.files["/work/cert.opencert"] == cert)
    }
}

struct LineDifferenceTests {
    @Test func changedLinesAreMarkedWithTheirNeighboursAndTheRestIsElided() {
        let old = ["{", "  a", "  b", "  c", "  d", "  e", "}"]
        let new = ["{", "  a", "  b", "  C", "  d", "  e", "}", "x"]
        #expect(LineDifference.marked(old: old, new: new) == ["…", "    b", "-   c", "+   C", "    d", "…", "  }", "+ x"])
        #expect(LineDifference.marked(old: old, new: old) == ["(no difference)"])
    }
}
