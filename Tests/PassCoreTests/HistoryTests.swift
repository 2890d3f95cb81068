import Foundation
import Testing
@testable import PassCore

struct HistoryTests {
    func entry(_ id: String, files: [HistoryEntry.FileOutcome] = []) -> HistoryEntry {
        HistoryEntry(id: id, kind: .batch, submittedAt: "2024-05-01T10:00:00Z", endpoint: "https://h.example/?token=abc",
                     profile: "staging", counts: ["education_items": 2], redirectURI: "https://h.example/partner/add/batch#content=r",
                     files: files)
    }

    @Test func appendsAndReadsBackSkippingABrokenLine() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let history = SubmissionHistory(paths: home.paths)
        try history.append(entry("A-1"))
        let handle = try #require(FileHandle(forWritingAtPath: history.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{not json\n".utf8))
        try handle.close()
        try history.append(entry("A-2"))

        let (entries, notes) = history.read()
        #expect(entries.map(\.id) == ["A-1", "A-2"])
        #expect(notes.count == 1 && notes[0].contains(":2: not a history entry"))
        var info = stat()
        #expect(stat(history.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        // Query strings never reach the file.
        let text = String(decoding: try FileReader.read(history.path), as: UTF8.self)
        #expect(!text.contains("token=abc"))
        #expect(entries[0].counts == ["education_items": 2])
    }

    @Test func laterLinesUpdateTheFilesOfAnId() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let history = SubmissionHistory(paths: home.paths)
        let a = HistoryEntry.FileOutcome(assetID: "a", fileName: "a.pdf", size: 3, sha256: nil, arrived: false)
        let b = HistoryEntry.FileOutcome(assetID: "b", fileName: "b.png", size: 4, sha256: "ff", arrived: true)
        try history.append(entry("M-1", files: [a, b]))
        try history.append(entry("M-2"))
        var retried = a
        retried.arrived = true
        try history.append(entry("M-1", files: [retried]))
        let (entries, _) = history.latest()
        #expect(entries.map(\.id) == ["M-1", "M-2"])
        #expect(entries[0].files == [retried, b])
    }

    @Test func concurrentAppendsStayWholeLines() async throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let history = SubmissionHistory(paths: home.paths)
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<40 { group.addTask { try? history.append(entry("C-\(i)")) } }
        }
        let (entries, notes) = history.read()
        #expect(entries.count == 40 && notes.isEmpty)
    }

    @Test func aMissingFileIsAnEmptyHistory() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let (entries, notes) = SubmissionHistory(paths: home.paths).read()
        #expect(entries.isEmpty && notes.isEmpty)
    }
}
