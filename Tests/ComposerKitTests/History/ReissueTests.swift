import Foundation
import PassCore
import TestSupport
import Testing
@testable import ComposerKit

@Suite struct ReissueTests {
    @Test func newDocumentsTakeTheEndpointsPrefix() {
        let document = Templates.newDocument(.careerHistory, ids: .sequential(), requestIDPrefix: "ACME")
        #expect(document.requestID == "ACME-00000000-0000-4000-8000-000000000001")
        #expect(RequestID.make(prefix: "ACME", uuid: "u") == "ACME-u")
        #expect(Templates.newDocument(.microcredential, ids: .sequential()).requestID.hasPrefix(RequestID.defaultPrefix + "-"))
    }

    @Test func aReissuedBatchRenamesTheIdsMadeFromItsOwn() {
        var state = newBatchState()
        state.apply(.addItem(.microcredential))
        let item = ItemRef.item(.microcredential, 0).path
        state.apply(.addListElement(item.appending("assets")))
        state.apply(.chooseAssetFile(assetID: batchID + "-micro-1-asset", path: "/tmp/cert.pdf"))
        state.apply(.addItem(.education))
        let education = ItemRef.item(.education, 0).path.appending("credential_id")
        state.apply(.setText(education, "hand-picked-id"))

        let again = state.document.reissued(as: "ACME-new")

        #expect(again.requestID == "ACME-new")
        #expect(again.value[path: JSONPath.root.appending("digital_identity").appending("credential_id")] == "ACME-new-1")
        #expect(again.value[path: item.appending("credential_id")] == "ACME-new-micro-1")
        #expect(again.value[path: item.appending("assets").appending(0).appending("asset_id")] == "ACME-new-micro-1-asset")
        #expect(again.value[path: education] == "hand-picked-id")
        #expect(again.assetFiles == ["ACME-new-micro-1-asset": "/tmp/cert.pdf"])
        #expect(Validator.standard.validate(again.value, as: .batch).errors.map(\.rule) == Validator.standard.validate(state.document.value, as: .batch).errors.map(\.rule))
    }

    @Test func aReissuedSingleRequestChangesItsId() {
        let single = Templates.newDocument(.microcredential, ids: .sequential(), requestIDPrefix: "OLD")
        #expect(single.reissued(as: "NEW-1").requestID == "NEW-1")
        #expect(single.reissued(as: "NEW-1").value["credential_type"] == "microcredential")
    }

    @Test func theDraftOfARequestIsFoundByItsIdOrSaidToBeGone() throws {
        let folder = try TemporaryDirectory("drafts")
        let directory = folder.path
        let store = DraftStore.onDisk(directory)
        let document = Templates.newDocument(.batch, ids: .sequential(), requestIDPrefix: "ACME")
        let path = try store.save(Draft(document: document, savedAt: 1))
        guard case .found(let draft, path) = store.draft(forRequestID: document.requestID) else {
            Issue.record("the draft was not found")
            return
        }
        #expect(draft.document == document)
        #expect(store.draft(forRequestID: "ACME-gone") == .missing(path: directory + "/draft-ACME-gone.json"))
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: path))
        guard case .unreadable(path, let reason) = store.draft(forRequestID: document.requestID) else {
            Issue.record("a broken draft is not reported")
            return
        }
        #expect(reason.hasPrefix("not JSON"))
        #expect(FileManager.default.fileExists(atPath: path), "it is left where it is")
    }
}
