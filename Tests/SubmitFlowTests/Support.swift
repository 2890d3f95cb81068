import ComposerKit
import Foundation
import TestSupport
import PassCore
import PassSandbox
@testable import TerminalUI

/// A folder of its own for one test: the seed batch, files for its assets,
/// drafts and the history.
struct Workspace {
    static let requestID = "3601f8ae-9181-41a3-89ed-6dbe5ecde2b5"
    static var packageRoot: URL { BuiltProgram.packageRoot }

    let folder: TemporaryDirectory
    var path: String { folder.path }
    /// asset id → file path
    let files: [String: String]
    let history: SubmissionHistory
    let drafts: DraftStore
    /// Where the files chosen for the saved batch are remembered.
    let memory: AssetFileMemory

    /// - Parameter sizes: bytes per asset-id suffix (`micro-1-asset`…); 20 kB when not named.
    init(sizes: [String: Int] = [:]) throws {
        folder = try TemporaryDirectory("seekpass-submitflow")
        let path = folder.path
        var files: [String: String] = [:]
        for (suffix, type) in [("micro-1-asset", AssetType.pdf), ("micro-2-asset", .png), ("edu-1-asset", .pdf), ("uc-1-asset", .pdf)] {
            let size = sizes[suffix] ?? 20_000
            let head: [UInt8] = type == .png ? [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] : Array("%PDF-1.7\n".utf8)
            let file = path + "/" + suffix + (type == .png ? ".png" : ".pdf")
            try Self.write(head: head, size: size, seed: UInt8(suffix.count), to: file)
            files[Self.requestID + "-" + suffix] = file
        }
        self.files = files
        history = SubmissionHistory(path: path + "/history.jsonl")
        drafts = DraftStore.onDisk(path + "/drafts")
        memory = AssetFileMemory(file: path + "/files.json", files: LocalFileSystem())
    }

    /// `head`, then bytes of a repeated 64 KiB block up to `size` (large files are written quickly).
    static func write(head: [UInt8], size: Int, seed: UInt8, to file: String) throws {
        let block = Data((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) })
        FileManager.default.createFile(atPath: file, contents: Data(head))
        guard let handle = FileHandle(forWritingAtPath: file) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? handle.close() }
        try handle.seekToEnd()
        var left = max(0, size - head.count)
        while left > 0 {
            let n = min(left, block.count)
            try handle.write(contentsOf: block.prefix(n))
            left -= n
        }
    }

    func remove() {
        folder.remove()
    }

    /// The seed batch, opened as from its file.
    func document() throws -> ComposerDocument {
        let bytes = try FileReader.read(Self.packageRoot.appendingPathComponent("Tests/PassSandboxTests/Fixtures/batch-full.json").path)
        return ComposerDocument.opened(try JSONParser.parse(bytes), kind: .batch, filePath: path + "/batch.json")
    }

    /// Services that send to `endpoint` with one client.
    func services(_ endpoint: Endpoint, choice: EndpointChoice) -> SubmissionServices {
        let client = PassClient(endpoint: endpoint)
        return SubmissionServices(endpoints: { [choice] }, client: { _ in client }, history: history)
    }

    /// A composer over the seed batch with every file chosen, sending to `endpoint`.
    func composer(_ endpoint: Endpoint, label: String = "SANDBOX — nothing leaves this machine") throws -> ComposerProgram {
        let choice = EndpointChoice(id: "sandbox (embedded)", label: label, baseURL: endpoint.baseURL,
                                    isSandbox: endpoint.isSandbox, isProduction: endpoint.isProductionLike)
        let start = ContinuousClock.now
        let environment = ComposerEnvironment(
            now: { let t = ContinuousClock.now - start; return t.inSeconds },
            wallClock: { Date().timeIntervalSince1970 },
            files: LocalFileSystem(),
            inspectFile: { path in
                let look = AssetPreflight().inspect(path)
                return FileInspection(size: look.size.map(Int.init), detectedType: look.type, problem: look.problem)
            },
            drafts: drafts,
            assetMemory: memory,
            homeDirectory: path, currentDirectory: path, endpointLabel: label,
            services: services(endpoint, choice: choice))
        var program = ComposerProgram(document: try document(), environment: environment, ids: .sequential())
        for (assetID, file) in files { program.apply(.chooseAssetFile(assetID: assetID, path: file)) }
        program.inspectAllAssetFiles()
        return program
    }
}

extension RunningSandbox {
    /// The requests kept for the seed batch's id.
    func records(of id: String) async -> [SandboxRecord] {
        await requests().filter { $0.id == id }
    }
}
