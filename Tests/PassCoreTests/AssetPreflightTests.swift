import Foundation
import TestSupport
import Testing
@testable import PassCore

struct AssetPreflightTests {
    let temporary: TemporaryDirectory
    var folder: String { temporary.path }

    init() throws {
        temporary = try TemporaryDirectory("seekpass-preflight")
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func check(_ path: String, _ type: AssetType, limit: Int = ModelRules.standard.maximumAssetSize) -> [Finding] {
        AssetPreflight(sizeLimit: limit).check(AssetFile(assetID: "a-1", path: path, type: type), at: JSONPath(parsing: "$.microcredential_items[0].assets[0]")!).findings
    }

    static let pdf = Array("%PDF-1.4\n".utf8) + [1, 2, 3]
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]
    static let openCert = Array(#"{"version": "https://schema.openattestation.com/2.0/schema.json", "data": {}}"#.utf8)

    @Test func eachTypeAcceptsItsOwnBytes() throws {
        #expect(check(try file("a.pdf", Self.pdf), .pdf).isEmpty)
        #expect(check(try file("a.png", Self.png), .png).isEmpty)
        #expect(check(try file("a.jpg", Self.jpeg), .jpg).isEmpty)
        // An OpenCert without a signature is sent, with a warning that its integrity could not be checked.
        #expect(check(try file("a.json", Self.openCert), .openCert).map(\.rule) == [.openCertUnwrapped])
    }

    @Test func aMismatchSaysWhatTheFileLooksLike() throws {
        let findings = check(try file("photo.pdf", Self.png), .pdf)
        #expect(findings.count == 1)
        #expect(findings[0].rule == .assetFileType)
        #expect(findings[0].path.description == "$.microcredential_items[0].assets[0]")
        #expect(findings[0].message.contains("declared as PDF, but it looks like a PNG image"))
        let notCert = check(try file("c.json", Array(#"{"version": "1.0"}"#.utf8)), .openCert)
        #expect(notCert.first?.message.contains("not an OpenAttestation schema") == true)
        #expect(check(try file("d.json", Array("not json".utf8)), .openCert).first?.rule == .assetFileType)
    }

    @Test func missingDirectoriesDevicesAndFIFOsAreRefused() throws {
        #expect(check(folder + "/nothing.pdf", .pdf).first?.message.contains("no such file") == true)
        #expect(check(folder, .pdf).first?.message.contains("is a directory") == true)
        #expect(check("/dev/zero", .pdf).first?.message.contains("not a regular file") == true)
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(check(fifo, .pdf).first?.rule == .assetFileUnreadable)
    }

    @Test func sizeLimitAndEmptyFiles() throws {
        #expect(check(try file("big.pdf", Self.pdf + [UInt8](repeating: 0, count: 100)), .pdf, limit: 50).first?.message.contains("largest accepted is 50 B") == true)
        #expect(check(try file("empty.pdf", []), .pdf).first?.message.contains("empty") == true)
    }

    @Test func unreadableFilesAreNamed() throws {
        guard getuid() != 0 else { return }  // root reads anything
        let path = try file("locked.pdf", Self.pdf)
        chmod(path, 0)
        #expect(check(path, .pdf).first?.message.contains("permission denied") == true)
    }

    @Test func declarationsAndFilesArePaired() throws {
        let declarations = [
            AssetDeclaration(assetID: "x", type: .pdf, path: JSONPath(parsing: "$.education_items[0].assets[0]")!),
            AssetDeclaration(assetID: "y", type: .png, path: JSONPath(parsing: "$.microcredential_items[0].assets[0]")!),
        ]
        let pdf = try file("x.pdf", Self.pdf)
        let result = AssetPreflight().check(declarations: declarations, paths: ["x": pdf, "z": pdf])
        #expect(result.files.map(\.assetID) == ["x"])
        #expect(result.files.first?.size == Int64(Self.pdf.count))
        #expect(Set(result.findings.map(\.rule)) == [.assetFileMissing, .assetFileUnknown])
        #expect(result.findings.first { $0.rule == .assetFileMissing }?.message.contains("--asset y=PATH") == true)
        let onlyX = AssetPreflight().check(declarations: declarations, paths: ["x": pdf], only: ["x"])
        #expect(onlyX.findings.isEmpty)
    }

    @Test func declarationsAreReadFromABatch() {
        let batch: JSONValue = [
            "credential_id": "b",
            "education_items": [["credential_id": "e", "assets": [["asset_id": "e-a", "asset_type": "open_cert"]]]],
            "microcredential_items": [["credential_id": "m", "assets": [["asset_id": "m-a", "asset_type": "jpg"], ["asset_id": "m-b", "asset_type": "gif"]]]],
        ]
        let found = AssetDeclaration.all(in: batch, as: .batch)
        #expect(found.map(\.assetID) == ["e-a", "m-a"])
        #expect(found.map(\.path.description) == ["$.education_items[0].assets[0]", "$.microcredential_items[0].assets[0]"])
        #expect(AssetDeclaration.all(in: batch, as: .microcredential).isEmpty)
    }
}
