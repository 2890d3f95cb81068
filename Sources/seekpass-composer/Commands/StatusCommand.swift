import ArgumentParser
import Foundation
import PassCore

/// `seekpass-composer status [ID ...]`
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show whether holders accepted submissions.",
        discussion: """
            With no ids, asks for the submissions of the local history sent to the same
            endpoint in the last 48 hours (--all: whatever their age). Prints a table of ids,
            statuses and finalized times, or JSON. Exit status: 0 when the call worked,
            whatever the statuses; 2 usage or configuration; 3 the server or the network failed.
            """
    )

    @Argument(help: "Submission ids (a request's credential_id or id).")
    var ids: [String] = []

    @Flag(help: "With no ids: every submission of the history to this endpoint, not only the last 48 hours'.")
    var all = false

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @OptionGroup var endpointOptions: EndpointOptions

    func run() async throws {
        do {
            try await status()
        } catch let failure as CommandFailure {
            throw failure.exit()
        }
    }

    private func status() async throws {
        let paths = AppPaths.resolve()
        let endpoint: Endpoint
        switch try endpointOptions.resolve(paths: paths) {
        case .remote(let resolved): endpoint = resolved
        case .embeddedSandbox:
            throw CommandFailure(ExitStatus.unreadable,
                                 "no partner endpoint is configured: pass --sandbox-url URL, --profile NAME or --url URL, or set SEEK_PASS_URL")
        }
        var wanted = ids
        if wanted.isEmpty {
            let (entries, notes) = SubmissionHistory(paths: paths).latest()
            for note in notes { StandardStreams.err("note: \(note)\n") }
            let since = Date().addingTimeInterval(-48 * 3600)
            let formatter = ISO8601DateFormatter()
            wanted = entries.filter { entry in
                entry.endpoint == Redaction.url(endpoint.baseURL)
                    && (all || (formatter.date(from: entry.submittedAt).map { $0 >= since } ?? true))
            }.map(\.id)
            if wanted.isEmpty {
                StandardStreams.err("no submissions to \(endpoint.summary) in the history\(all ? "" : " of the last 48 hours (--all for older ones)")\n")
                if json { StandardStreams.out(bytes: JSONWriter.bytes(["credentials": []])) }
                return
            }
        }
        let logger = CommandLogging.bootstrap(paths: paths, label: "seekpass.status")
        let client = PassClient(endpoint: endpoint, logger: logger)
        let statuses: [SubmissionStatus]
        do {
            statuses = try await client.statuses(ids: wanted)
        } catch {
            throw CommandFailure(error.isRemoteFailure || error.findings.isEmpty ? ExitStatus.remote : ExitStatus.invalid, error.description)
        }
        var byID: [String: SubmissionStatus] = [:]
        for status in statuses { byID[status.id] = status }
        if json {
            let list: [JSONValue] = wanted.map { id in
                guard let s = byID[id] else { return ["id": .string(id), "status": "unknown", "finalized_at": nil] }
                return ["id": .string(s.id), "status": .string(s.status.rawValue), "finalized_at": s.finalizedAt.map(JSONValue.string) ?? .null]
            }
            StandardStreams.out(bytes: JSONWriter.bytes(["credentials": .array(list)]))
            return
        }
        let rows = [("ID", "STATUS", "FINALIZED")] + wanted.map { id in
            (id, byID[id]?.status.rawValue ?? "unknown", byID[id]?.finalizedAt ?? "-")
        }
        let w0 = rows.map(\.0.count).max() ?? 0
        let w1 = rows.map(\.1.count).max() ?? 0
        for row in rows {
            StandardStreams.out(row.0.padding(toLength: w0, withPad: " ", startingAt: 0) + "  "
                                + row.1.padding(toLength: w1, withPad: " ", startingAt: 0) + "  " + row.2 + "\n")
        }
    }
}
