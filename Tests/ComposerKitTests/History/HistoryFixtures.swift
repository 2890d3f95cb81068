import Foundation
import PassCore
@testable import ComposerKit

/// A fixed moment and history entries around it.
enum HistoryFixtures {
    static let now = date("2025-05-01T12:00:00Z")
    static let staging = StatusTarget(id: "staging", baseURL: "https://staging.example")
    static let sandbox = StatusTarget(id: HistoryEntry.embeddedSandboxProfile, baseURL: "http://127.0.0.1:4242",
                                      isEmbeddedSandbox: true, lifetime: RequestLifetime(seconds: 300, source: .thisSandbox))

    static func date(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    static func entry(_ id: String, at time: String, profile: String? = "staging",
                      endpoint: String = "https://staging.example") -> HistoryEntry {
        HistoryEntry(id: id, kind: .batch, submittedAt: time, endpoint: endpoint, profile: profile,
                     counts: ["digital_identity": 1, "microcredential_items": 2],
                     redirectURI: endpoint + "/partner/add/batch#clientId=acme&content=" + id, files: [])
    }
}
