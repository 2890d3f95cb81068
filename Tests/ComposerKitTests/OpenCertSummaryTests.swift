import Foundation
import PassCore
import Testing
@testable import ComposerKit

/// What the composer says beside an OpenCert: the single request's document
/// and an open_cert asset file, live.
struct OpenCertSummaryTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PassCoreTests/Fixtures/opencert")

    static func certificate(_ name: String) throws -> JSONValue {
        try JSONParser.parse(Array(try Data(contentsOf: fixtures.appendingPathComponent(name + ".json"))))
    }

    static func text(_ value: JSONValue) -> String { String(decoding: JSONWriter.bytes(value), as: UTF8.self) }

    static func tampered() throws -> JSONValue {
        var document = try certificate("john-doe-wrapped")
        _ = document.set("39fef62e-1afc-4c7c-9d42-7ec017ab8967:string:Distinction",
                         at: try #require(JSONPath(parsing: "$.data.transcript[0].grade")))
        return document
    }

    func single(_ document: JSONValue) throws -> ComposerState {
        let value: JSONValue = [
            "id": "s-1", "credential_type": "microcredential", "document_type": "open_cert",
            "data": [
                "credential": ["full_name": "John Doe", "issuer_name": "ExampleProvider",
                               "microcredential_name": "Skill Test #2", "issue_date": "2024-08-31"],
                "document": .string(Self.text(document)),
            ],
        ]
        return ComposerState(document: ComposerDocument(kind: .microcredential, value: value), ids: .sequential())
    }

    static let holder = JSONPath(parsing: "$.data.credential.full_name") ?? .root
    static let document = JSONPath(parsing: "$.data.document") ?? .root

    @Test func anIntactDocumentSaysWhomItWasIssuedToAndFollowsTheName() throws {
        var state = try single(try Self.certificate("john-doe-wrapped"))
        #expect(state.openCertSummary == "OpenCert · intact · issued to John Doe · Skill Test #2")
        #expect(state.findings.isEmpty, "\(state.findings)")
        state.apply(.setText(Self.holder, "Jane Roe"))
        #expect(state.openCertSummary == "OpenCert · intact · issued to John Doe, not Jane Roe · Skill Test #2")
        #expect(state.rules(at: Self.document) == [.openCertRecipient])
        #expect(state.canSubmit)
    }

    @Test func aTamperedDocumentIsNamedSoAndBlocksSending() throws {
        var state = try single(try Self.tampered())
        #expect(state.openCertSummary == "Altered OpenCert · its data does not match its target hash")
        #expect(state.rules(at: Self.document) == [.openCertIntegrity])
        #expect(!state.canSubmit)
        // Reading the file as issued puts it right, live.
        state.apply(.setOpenCert(text: Self.text(try Self.certificate("john-doe-wrapped")), fromFile: "cert.opencert"))
        #expect(state.openCertSummary?.hasPrefix("OpenCert · intact") == true)
        #expect(state.canSubmit)
        state.apply(.setChoice(JSONPath.root.appending("document_type"), "none"))
        #expect(state.openCertSummary == nil)
    }

    @Test func anOpenCertAssetFileIsCheckedAsTheUploadWillCheckIt() throws {
        var state = newBatchState()
        state.apply(.setText(Templates.holderNamePath, "John Doe"))
        state.apply(.addItem(.education))
        let item = ItemRef.item(.education, 0).path
        state.apply(.addListElement(item.appending("assets")))
        let asset = item.appending("assets").appending(0)
        state.apply(.setChoice(asset.appending("asset_type"), "open_cert"))
        let assetID = try #require(state.value(asset.appending("asset_id"))?.stringValue)
        state.apply(.chooseAssetFile(assetID: assetID, path: "tampered.opencert"))
        let look = FileInspection(size: 2_400, detectedType: .openCert,
                                  openCert: OpenCertVerdict(checking: JSONWriter.bytes(try Self.tampered())))
        state.apply(.fileInspected(assetID: assetID, path: "tampered.opencert", look))
        #expect(state.rules(at: asset).contains(.openCertIntegrity))
        #expect(state.findings(at: asset).first { $0.rule == .openCertIntegrity }?.message.hasPrefix("tampered.opencert: the OpenCert") == true)
        #expect(state.openCertSummary(forAsset: assetID) == "Altered OpenCert · its data does not match its target hash")

        let jane = FileInspection(size: 2_400, detectedType: .openCert,
                                  openCert: OpenCertVerdict(checking: JSONWriter.bytes(try Self.certificate("jane-roe-wrapped"))))
        state.apply(.fileInspected(assetID: assetID, path: "tampered.opencert", jane))
        #expect(state.openCertSummary(forAsset: assetID) == "OpenCert · intact · issued to Jane Roe, not John Doe · Skill Test #2")
        #expect(state.rules(at: asset).contains(.openCertRecipient))
        #expect(!state.findings(at: asset).hasErrors)
    }
}
