import ComposerKit
import Foundation
import TestSupport
import PassCore
@testable import TerminalUI

/// A composer over a new document with predictable ids and an in-memory world.
func composer(_ kind: PayloadKind = .batch, files: [String: [UInt8]] = [:], kept: [Draft] = []) -> ComposerProgram {
    let ids = IDSource.sequential()
    return composer(document: Templates.newDocument(kind, ids: ids), files: files, kept: kept, ids: ids)
}

/// A composer over `document` (as if opened from the command line) in an in-memory world.
/// `kept`: drafts from earlier sessions, offered at start (as if kept in `drafts`' folder).
func composer(document: ComposerDocument, files: [String: [UInt8]] = [:], kept: [Draft] = [], recentFiles: [String] = [],
              notices: [String] = [], drafts: DraftStore? = nil, ids: IDSource = .sequential()) -> ComposerProgram {
    let folder = drafts?.directory ?? "/state/drafts"
    return ComposerProgram(document: document, environment: memoryEnvironment(FileStore(files, folders: ["/work", "/home/me"]), drafts: drafts), theme: .fallback,
                           ids: ids, drafts: kept.map { ($0, path: folder + "/" + $0.fileName) }, recentFiles: recentFiles, notices: notices)
}

/// An environment whose files live in `store`.
func memoryEnvironment(_ store: FileStore, drafts: DraftStore? = nil) -> ComposerEnvironment {
    ComposerEnvironment(
        now: { 0 },
        wallClock: { Date().timeIntervalSince1970 },
        files: store,
        inspectFile: { path in
            guard let bytes = store[path] else { return FileInspection(problem: "no such file") }
            let type: AssetType? = bytes.starts(with: Array("%PDF-".utf8)) ? .pdf
                : (bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) ? .png : nil)
            return FileInspection(size: bytes.count, detectedType: type)
        },
        drafts: drafts,
        homeDirectory: "/home/me",
        currentDirectory: "/work",
        endpointLabel: "SANDBOX — nothing leaves this machine"
    )
}

/// Files the in-memory world holds.
typealias FileStore = MemoryFileSystem

extension HeadlessTerminal.Step {
    static func keys(_ keys: Key...) -> [HeadlessTerminal.Step] { keys.map { .key($0) } }
}

let small = Size(width: 80, height: 24)
let large = Size(width: 160, height: 48)

/// Runs `script` on a composer and returns the final screen and program.
func run(_ program: ComposerProgram, size: Size = small, _ script: [HeadlessTerminal.Step])
    -> (screen: ScreenBuffer, program: ComposerProgram)
{
    let result = HeadlessTerminal.run(program, size: size, script: script)
    return (result.terminal.screen, result.program)
}

/// The steps that add a credential of `section` from the add menu.
func addCredential(_ section: BatchSection) -> [HeadlessTerminal.Step] {
    let order = BatchSection.allCases.filter { $0 != .digitalIdentity }
    let index = order.firstIndex(of: section) ?? 0
    // The menu starts on Education.
    return [.key(.f(7)), .key(.home)] + Array(repeating: .key(.down), count: index) + [.key(.enter)]
}
