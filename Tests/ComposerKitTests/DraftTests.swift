import Foundation
import TestSupport
import Testing
import PassCore
@testable import ComposerKit

struct DraftTests {
    let folder: TemporaryDirectory
    init() throws { folder = try TemporaryDirectory("drafts") }

    func temporaryDirectory() throws -> String {
        try folder.folder(UUID().uuidString)
    }

    @Test func aDraftRoundTripsWithItsFilesAndPath() throws {
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "Zoë 山田"))
        state.apply(.addItem(.microcredential))
        let assets = ItemRef.item(.microcredential, 0).path.appending("assets")
        state.apply(.addListElement(assets))
        state.apply(.chooseAssetFile(assetID: batchID + "-micro-1-asset", path: "/tmp/cert.pdf"))
        var document = state.document
        document.filePath = "/home/me/batch.json"
        let draft = Draft(document: document, savedAt: 1_700_000_000.5)
        let back = try Draft(bytes: draft.bytes)
        #expect(back == draft)
    }

    @Test func savingReplacesTheDraftAtomicallyAndLatestFindsIt() throws {
        let store = DraftStore.onDisk(try temporaryDirectory())
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "First"))
        try store.save(Draft(document: state.document, savedAt: 1))
        state.apply(.setText(Templates.holderNamePath, "Second"))
        let path = try store.save(Draft(document: state.document, savedAt: 2))
        #expect(store.latest()?.draft.document.holderName == "Second")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.directory).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aCorruptDraftIsMovedAsideNotDiscarded() throws {
        let directory = try temporaryDirectory()
        let broken = directory + "/draft-broken.json"
        try Data("{\"format\": \"seekpass-composer-draft\", \"kind\": ".utf8).write(to: URL(fileURLWithPath: broken))
        let found = DraftStore.onDisk(directory).all()
        guard case .corrupt(let path, let movedTo, let reason)? = found.first else {
            Issue.record("expected a corrupt draft, found \(found)")
            return
        }
        #expect(path == broken)
        #expect(!reason.isEmpty)
        #expect(FileManager.default.fileExists(atPath: movedTo))
        #expect(!FileManager.default.fileExists(atPath: broken))
    }

    @Test func aDraftSaveIsDueAfterAPauseOrWithinASecondOfContinuousTyping() {
        var state = newBatchState()
        #expect(!state.isDraftSaveDue(at: 100))
        state.apply(.setText(Templates.holderNamePath, "J"), at: 10.0)
        #expect(!state.isDraftSaveDue(at: 10.1))
        #expect(state.isDraftSaveDue(at: 10.0 + DraftTiming.pause))
        // Typing without a pause: due no later than maximumWait after the first unsaved key.
        var t = 10.0
        var name = "J"
        while t < 10.0 + DraftTiming.maximumWait {
            t += 0.1
            name += "o"
            state.apply(.setText(Templates.holderNamePath, name), at: t)
        }
        #expect(state.isDraftSaveDue(at: t))
        state.apply(.draftSaved(revision: state.revision))
        #expect(!state.isDraftSaveDue(at: t + 5))
        #expect(DraftTiming.maximumWait < 1.0)
    }

    @Test func aDraftSavedToItsFileSaysSoAndReadsBack() throws {
        var document = newBatchState().document
        document.filePath = "jane.json"
        let draft = Draft(document: document, savedAt: 5, savedToFile: true)
        #expect(try Draft(bytes: draft.bytes).savedToFile)
        // Drafts written before the flag existed hold unsaved work.
        #expect(try !Draft(bytes: Draft(document: document, savedAt: 5).bytes).savedToFile)
    }

    @Test func anOlderDraftNeverReplacesANewerOne() throws {
        let store = DraftStore.onDisk(try temporaryDirectory())
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "Newer"))
        try store.save(Draft(document: state.document, savedAt: 20))
        state.apply(.setText(Templates.holderNamePath, "Older"))
        // A save that started before the newer one finishes after it: it is not written.
        try store.save(Draft(document: state.document, savedAt: 10))
        #expect(store.latest()?.draft.document.holderName == "Newer")
    }

    @Test func concurrentSavesLeaveOneWholeDraft() async throws {
        let store = DraftStore.onDisk(try temporaryDirectory())
        let base = newBatchState().document
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<40 {
                group.addTask {
                    var document = base
                    document.value.set(.string(String(repeating: "n", count: 1 + i * 50)), at: Templates.holderNamePath)
                    _ = try? store.save(Draft(document: document, savedAt: Double(i)))
                }
            }
        }
        let found = store.all()
        #expect(found.count == 1)
        guard case .draft(let draft, _)? = found.first else {
            Issue.record("a readable draft, found \(found)")
            return
        }
        #expect(draft.savedAt == 39, "the newest save wins")
        #expect(draft.document.holderName.count == 1 + 39 * 50)
    }

    @Test func aDiscardedDraftIsNotWrittenAgainBySavesUnderWay() throws {
        let store = DraftStore.onDisk(try temporaryDirectory())
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "Jane"))
        let draft = Draft(document: state.document, savedAt: 10)
        try store.save(draft)
        store.discard(draft)
        #expect(store.latest() == nil)
        try store.save(Draft(document: state.document, savedAt: 9))
        #expect(store.latest() == nil)
    }
}
