import PassCore
import Testing
@testable import ComposerKit

struct AssetFileRulesTests {
    func batchWithOneAsset() -> ComposerState {
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "Jane Citizen"))
        state.apply(.addItem(.microcredential))
        let fields = ItemRef.item(.microcredential, 0).path.appending("fields")
        state.apply(.setText(fields.appending("issuer_name"), "Skill Test Provider"))
        state.apply(.setText(fields.appending("microcredential_name"), "AI Essentials"))
        state.apply(.setText(fields.appending("issue_date"), "2024-04-30"))
        state.apply(.addListElement(ItemRef.item(.microcredential, 0).path.appending("assets")))
        return state
    }

    @Test func aFileNotChosenYetIsAWarningSoAnOpenedSampleIsReadyToSend() {
        let state = batchWithOneAsset()
        let asset = ItemRef.item(.microcredential, 0).path.appending("assets").appending(0)
        let findings = state.findings(at: asset)
        #expect(findings.map(\.rule) == [.assetFile])
        #expect(findings.allSatisfy { !$0.isError })
        #expect(findings.first?.message.contains("no file chosen") == true)
        #expect(state.canSubmit)
    }

    @Test func aChosenFileThatCannotBeUploadedIsAnError() {
        var state = batchWithOneAsset()
        let assetID = batchID + "-micro-1-asset"
        state.apply(.chooseAssetFile(assetID: assetID, path: "/nowhere.pdf"))
        state.apply(.fileInspected(assetID: assetID, path: "/nowhere.pdf", FileInspection(problem: "no such file")))
        #expect(!state.canSubmit)
        state.apply(.fileInspected(assetID: assetID, path: "/nowhere.pdf", FileInspection(size: 10, detectedType: nil)))
        #expect(!state.canSubmit)
        state.apply(.fileInspected(assetID: assetID, path: "/nowhere.pdf", FileInspection(size: 10, detectedType: .pdf)))
        #expect(state.canSubmit)
        #expect(state.findings.filter { $0.rule == .assetFile }.isEmpty)
    }
}
