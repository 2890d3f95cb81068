import PassCore
import Testing
@testable import ComposerKit

/// What the server refused stays on its field until the next edit; a message quoting a
/// finding (F4) goes when the finding does.
struct ServerFindingsTests {
    @Test func serverFindingsAndTheirMessageLastUntilTheNextEdit() {
        var state = newBatchState()
        let name = Templates.holderNamePath
        state.apply(.setServerFindings([Finding(.error, ErrorBody.rule, at: name, "the server knows no such person")]))
        #expect(state.findings(at: name).contains { $0.message == "the server knows no such person (the server said)" })
        state.apply(.focusNextProblem)
        #expect(state.notice?.text.hasSuffix("(the server said)") == true, "F4 shows what the server said")
        state.apply(.setText(name, "Siti Rahma"), at: 1)
        #expect(state.serverFindings.isEmpty)
        #expect(!state.findings(at: name).contains { $0.message.hasSuffix("(the server said)") })
        #expect(state.notice == nil, "the message quoting the server goes with it")
    }

    @Test func aMessageQuotingAMissingFileGoesOnceTheFileIsChosen() {
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "Siti Rahma"))
        state.apply(.addItem(.microcredential))
        let assets = ItemRef.item(.microcredential, 0).path.appending("assets")
        state.apply(.addListElement(assets))
        let assetID = batchID + "-micro-1-asset"
        var found = false
        for _ in 0..<20 where !found {
            state.apply(.focusNextProblem)
            found = state.notice?.text.contains("no file chosen for \(assetID) yet") == true
        }
        #expect(found, "F4 reaches the missing file")
        state.apply(.chooseAssetFile(assetID: assetID, path: "/work/a.pdf"))
        #expect(state.notice == nil, "\(String(describing: state.notice))")
    }

    @Test func otherNoticesStayWhenTheDocumentChanges() {
        var state = newBatchState()
        state.apply(.notify(Notice(.info, "Saved 1.2 kB to batch.json.")))
        state.apply(.setText(Templates.holderNamePath, "Siti Rahma"), at: 1)
        #expect(state.notice?.text == "Saved 1.2 kB to batch.json.")
    }
}
