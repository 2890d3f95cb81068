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

/// The history keyed by endpoint and id, with each request's timeline and the
/// final statuses it keeps.
struct HistoryTimelineTests {
    func entry(_ id: String, endpoint: String, at time: String, files: [HistoryEntry.FileOutcome] = []) -> HistoryEntry {
        HistoryEntry(id: id, kind: .batch, submittedAt: time, endpoint: endpoint, profile: nil,
                     counts: ["education_items": 1], redirectURI: endpoint + "/partner/add/batch#content=x", files: files)
    }

    @Test func aRequestIsItsEndpointAndIdAndASecondSendingJoinsItsTimeline() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let history = SubmissionHistory(paths: home.paths)
        let a = HistoryEntry.FileOutcome(assetID: "a", fileName: "a.pdf", size: 3, sha256: nil, arrived: false)
        var arrived = a
        arrived.arrived = true
        try history.append(entry("R-1", endpoint: "http://127.0.0.1:4242", at: "2025-05-01T10:00:00Z", files: [a]))
        try history.append(entry("R-1", endpoint: "http://127.0.0.1:8080", at: "2025-05-01T10:05:00Z"))
        try history.append(entry("R-1", endpoint: "http://127.0.0.1:4242", at: "2025-05-01T10:10:00Z", files: [arrived]))
        let (entries, notes) = history.latest()
        #expect(notes.isEmpty)
        #expect(entries.map(\.endpoint) == ["http://127.0.0.1:4242", "http://127.0.0.1:8080"], "two requests, not one")
        let first = entries[0]
        #expect(first.files == [arrived])
        #expect(first.submittedAt == "2025-05-01T10:00:00Z", "its time is its first sending")
        #expect(first.timeline.map(\.change) == [.sent(files: [a]), .sentAgain(files: [arrived])])
        #expect(entries[1].timeline.count == 1)
    }

    @Test func aFinalStatusIsKeptOnceAndOnlyForItsEndpoint() async throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let history = SubmissionHistory(paths: home.paths)
        try history.append(entry("R-1", endpoint: "http://127.0.0.1:4242", at: "2025-05-01T10:00:00Z"))
        try history.append(entry("R-1", endpoint: "http://127.0.0.1:8080", at: "2025-05-01T10:05:00Z"))
        let keeper = FinalStatusKeeper(history: history)
        let verified = SubmissionStatus(id: "R-1", status: .verified, finalizedAt: "2025-05-01T10:20:00Z")
        let at = ISO8601DateFormatter().date(from: "2025-05-01T10:21:00Z") ?? Date()
        #expect(await keeper.keep([verified, SubmissionStatus(id: "NOT-SENT", status: .canceled)], endpoint: "http://127.0.0.1:4242", at: at) == nil)
        await keeper.keep([verified], endpoint: "http://127.0.0.1:4242", at: at)
        await FinalStatusKeeper(history: history).keep([verified], endpoint: "http://127.0.0.1:4242", at: at)
        await keeper.keep([SubmissionStatus(id: "R-1", status: .incomplete)], endpoint: "http://127.0.0.1:8080", at: at)
        let text = String(decoding: try FileReader.read(history.path), as: UTF8.self)
        #expect(text.split(separator: "\n").filter { $0.contains("\"event\":\"status\"") }.count == 1, "\(text)")
        #expect(!text.contains("NOT-SENT"), "only requests of the history")
        let (entries, notes) = history.latest()
        #expect(notes.isEmpty, "a status line is a line of the history: \(notes)")
        #expect(history.read().entries.count == 2)
        let embedded = try #require(entries.first { $0.endpoint == "http://127.0.0.1:4242" })
        #expect(embedded.knownStatus == KnownStatus(state: .verified, finalizedAt: "2025-05-01T10:20:00Z", learntAt: "2025-05-01T10:21:00Z"))
        #expect(embedded.timeline.last?.change == .finalStatus(.verified, finalizedAt: "2025-05-01T10:20:00Z"))
        #expect(entries.first { $0.endpoint == "http://127.0.0.1:8080" }?.knownStatus == nil)
    }
}
