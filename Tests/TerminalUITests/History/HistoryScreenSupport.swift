import ComposerKit
import Foundation
import TestSupport
import PassCore
@testable import TerminalUI

/// A world for the history screen: a fixed clock, a history, and endpoints
/// whose answers the test decides.
final class HistoryWorld: @unchecked Sendable {
    static let now = ISO8601DateFormatter().date(from: "2025-05-01T12:00:00Z") ?? Date(timeIntervalSince1970: 0)
    static let embedded = HistoryEntry.embeddedSandboxProfile

    private var storedEntries: [HistoryEntry]
    var entries: [HistoryEntry] {
        get { lock.withLock { storedEntries } }
        set { lock.withLock { storedEntries = newValue } }
    }
    var notes: [String]
    var targets: [StatusTarget]
    /// What each target answers, by target id; a missing target fails its call.
    var answers: [String: [SubmissionStatus]]
    private let lock = NSLock()
    private var asked: [StatusQuery] = []
    let drafts: DraftStore
    private let folder: TemporaryDirectory?
    let refreshInterval: Double

    init(entries: [HistoryEntry] = HistoryWorld.standardEntries, notes: [String] = [],
         targets: [StatusTarget] = HistoryWorld.standardTargets,
         answers: [String: [SubmissionStatus]] = HistoryWorld.standardAnswers, refreshInterval: Double = 10) {
        self.storedEntries = entries
        self.notes = notes
        self.targets = targets
        self.answers = answers
        self.refreshInterval = refreshInterval
        folder = try? TemporaryDirectory("history-drafts")
        drafts = DraftStore.onDisk(folder?.path ?? NSTemporaryDirectory() + "history-drafts-" + UUID().uuidString)
    }

    var calls: [StatusQuery] { lock.withLock { asked } }

    func answer(_ targetID: String, _ ids: [String]) throws -> [SubmissionStatus] {
        try lock.withLock {
            asked.append(StatusQuery(targetID: targetID, ids: ids))
            guard let list = answers[targetID] else {
                throw ClientError.remote(attempts: 4, lastCause: "the connection was refused")
            }
            return list.filter { ids.contains($0.id) }
        }
    }

    func setAnswers(_ targetID: String, _ list: [SubmissionStatus]) {
        lock.withLock { answers[targetID] = list }
    }

    static func entry(_ id: String, at time: String, profile: String? = "staging", endpoint: String = "https://staging.example",
                      files: [HistoryEntry.FileOutcome] = []) -> HistoryEntry {
        HistoryEntry(id: id, kind: .batch, submittedAt: time, endpoint: endpoint, profile: profile,
                     counts: ["digital_identity": 1, "microcredential_items": 1],
                     redirectURI: endpoint + "/partner/add/batch#clientId=acme&content=" + id, files: files)
    }

    static let standardTargets = [
        StatusTarget(id: "staging", baseURL: "https://staging.example"),
        StatusTarget(id: embedded, baseURL: "http://127.0.0.1:4242", isEmbeddedSandbox: true,
                     lifetime: RequestLifetime(seconds: 300, source: .thisSandbox)),
    ]

    static let standardEntries = [
        entry("ACME-verified", at: "2025-05-01T11:00:00Z"),
        entry("ACME-waiting", at: "2025-05-01T10:00:00Z",
              files: [.init(assetID: "a", fileName: "cert.pdf", size: 10, sha256: nil, arrived: true)]),
        entry("ACME-canceled", at: "2025-04-28T10:00:00Z"),
        entry("ACME-gone", at: "2025-04-27T10:00:00Z"),
        entry("composer-earlier", at: "2025-04-30T09:00:00Z", profile: embedded, endpoint: "http://127.0.0.1:5555"),
        entry("ACME-lost", at: "2025-04-30T08:00:00Z", profile: "old", endpoint: "https://old.example"),
        entry("composer-here", at: "2025-05-01T11:58:00Z", profile: embedded, endpoint: "http://127.0.0.1:4242"),
    ]

    static let standardAnswers: [String: [SubmissionStatus]] = [
        "staging": [
            SubmissionStatus(id: "ACME-verified", status: .verified, finalizedAt: "2025-05-01T11:30:00Z"),
            SubmissionStatus(id: "ACME-waiting", status: .incomplete),
            SubmissionStatus(id: "ACME-canceled", status: .canceled, finalizedAt: "2025-04-30T10:00:00Z"),
        ],
        embedded: [SubmissionStatus(id: "composer-here", status: .incomplete)],
    ]

    var services: HistoryServices {
        HistoryServices(
            load: { HistorySnapshot(entries: self.entries, notes: self.notes, targets: self.targets, path: "/state/history.jsonl") },
            statuses: { target, ids in try self.answer(target, ids) },
            wallClock: { HistoryWorld.now },
            refreshInterval: refreshInterval)
    }

    /// Where requests can go: the targets, with their id prefixes.
    var submission: SubmissionServices {
        SubmissionServices(
            endpoints: {
                [EndpointChoice(id: "staging", label: "https://staging.example · profile staging", baseURL: "https://staging.example",
                                isSandbox: false, isProduction: false, idPrefix: "ACME"),
                 EndpointChoice(id: HistoryWorld.embedded, label: "SANDBOX — nothing leaves this machine",
                                baseURL: "http://127.0.0.1:4242", isSandbox: true, isProduction: false)]
            },
            client: { _ in throw ClientError.configuration("no network in this test") },
            history: nil)
    }

    /// The composer with this world, its history screen one key away.
    func composer(document: ComposerDocument? = nil) -> ComposerProgram {
        let ids = IDSource.sequential()
        let environment = ComposerEnvironment(now: { 0 }, drafts: drafts, endpointLabel: "SANDBOX — nothing leaves this machine",
                                              services: submission, history: services)
        return ComposerProgram(document: document ?? Templates.newDocument(.batch, ids: ids), environment: environment,
                               theme: .fallback, ids: ids)
    }

    /// Keeps a valid draft of request `id`.
    func keepDraft(of id: String) throws {
        try drafts.save(Draft(document: Self.validBatch(id), savedAt: 1))
    }

    /// A batch with no errors whose request id is `id`.
    static func validBatch(_ id: String) -> ComposerDocument {
        let value: JSONValue = [
            "credential_id": .string(id),
            "digital_identity": ["credential_id": .string(id + "-1"), "fields": ["full_name": "Siti Rahma"]],
            "education_items": [],
            "microcredential_items": [[
                "credential_id": .string(id + "-micro-1"),
                "fields": ["full_name": "Siti Rahma", "issuer_name": "Skill Test Provider",
                           "microcredential_name": "AI Essentials", "issue_date": "2024-04-30"],
            ]],
            "english_proficiency_items": [],
        ]
        return ComposerDocument(kind: .batch, value: value)
    }

    func remove() {
        folder?.remove()
    }
}

/// Opens the history screen and waits for the history and every target's answer.
func openHistory(_ world: HistoryWorld) -> [HeadlessTerminal.Step] {
    var state = HistoryState()
    state.apply(.loaded(entries: world.entries, notes: world.notes, targets: world.targets))
    let messages = state.queries.isEmpty ? 1 : state.queries.count + 2
    return [.key(.ctrl("r"))] + Array(repeating: .awaitMessage(timeout: messageWait), count: messages)
}

extension ScreenBuffer {
    /// The row whose text contains `needle`, if any.
    func row(containing needle: String) -> String? {
        lines.first { $0.contains(needle) }
    }
}
