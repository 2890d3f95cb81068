import Foundation
import TestSupport
import Testing
@testable import PassCore

/// open_cert asset files are checked offline before anything is sent, with
/// the same rules as a single request's document.
struct OpenCertPreflightTests {
    let folder = NSTemporaryDirectory() + "seekpass-opencert-" + UUID().uuidString
    static let declaration = JSONPath(parsing: "$.education_items[0].assets[0]") ?? .root

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ document: JSONValue) throws -> String {
        let path = folder + "/" + name
        try Data(JSONWriter.bytes(document)).write(to: URL(fileURLWithPath: path))
        return path
    }

    func check(_ path: String, holder: String? = "John Doe") -> [Finding] {
        let declaration = AssetDeclaration(assetID: "edu-1-asset", type: .openCert, path: Self.declaration, holderName: holder)
        return AssetPreflight().check(declarations: [declaration], paths: ["edu-1-asset": path]).findings
    }

    @Test func anIntactCertificateIsReady() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try write("cert.opencert", try OpenCertFixtures.value("john-doe-wrapped"))
        #expect(check(path).isEmpty)
        #expect(AssetPreflight().inspect(path).openCert?.integrity == .intact)
    }

    @Test func aTamperedCertificateIsAnErrorNamingTheFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let grade = try #require(JSONPath(parsing: "$.data.transcript[0].grade"))
        let tampered = OpenCertFixtures.changing(try OpenCertFixtures.value("john-doe-wrapped"), at: grade,
                                                 to: "39fef62e-1afc-4c7c-9d42-7ec017ab8967:string:Distinction")
        let path = try write("tampered.opencert", tampered)
        let findings = check(path)
        #expect(findings.map(\.rule) == [.openCertIntegrity])
        let finding = try #require(findings.first)
        #expect(finding.isError && finding.path == Self.declaration)
        #expect(finding.message.hasPrefix("\(path): the OpenCert was changed after it was issued"))
        #expect(finding.message.contains("target hash"))
        #expect(finding.message.contains("integrity was checked offline, issuance (the document store, DNS identity) was not"))
        #expect(finding.description.hasSuffix("(opencert.integrity)"))
    }

    @Test func anotherMerkleRootSaysSo() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let root = JSONPath.root.appending("signature").appending("merkleRoot")
        let other = OpenCertFixtures.changing(try OpenCertFixtures.value("john-doe-wrapped"), at: root,
                                              to: try OpenCertFixtures.value("john-doe-alone")[path: root])
        let findings = check(try write("root.opencert", other))
        #expect(findings.map(\.rule) == [.openCertIntegrity])
        #expect(findings.first?.message.contains("merkle root") == true)
    }

    @Test func anotherRecipientAndNoSignatureAreWarnings() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let jane = try write("jane.opencert", try OpenCertFixtures.value("jane-roe-wrapped"))
        let recipient = check(jane)
        #expect(recipient.map(\.rule) == [.openCertRecipient] && !recipient.hasErrors)
        #expect(recipient.first?.message.contains("issued to \"Jane Roe\", not to \"John Doe\"") == true)
        #expect(check(jane, holder: nil).isEmpty)
        let raw = try write("raw.opencert", ["version": "https://schema.openattestation.com/2.0/schema.json",
                                             "recipient": ["name": "John Doe"]])
        #expect(check(raw).map(\.rule) == [.openCertUnwrapped])
    }

    @Test func aMalformedCertificateIsAnError() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let type = JSONPath.root.appending("signature").appending("type")
        let odd = OpenCertFixtures.changing(try OpenCertFixtures.value("john-doe-wrapped"), at: type, to: "EcdsaProof")
        #expect(check(try write("odd.opencert", odd)).map(\.rule) == [.openCertMalformed])
    }

    @Test func declarationsCarryTheirItemsHolder() throws {
        let batch: JSONValue = [
            "credential_id": "b",
            "digital_identity": ["credential_id": "b-id", "fields": ["full_name": "John Doe"]],
            "education_items": [["credential_id": "b-edu", "fields": ["full_name": "Jon Doe"],
                                 "assets": [["asset_id": "b-edu-asset", "asset_type": "open_cert"]]]],
        ]
        #expect(AssetDeclaration.all(in: batch, as: .batch).map(\.holderName) == ["Jon Doe"])
    }
}
