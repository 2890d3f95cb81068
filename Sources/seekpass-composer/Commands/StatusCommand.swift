import ArgumentParser
import Foundation
import PassCore

/// `seekpass-composer status [ID ...]`
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show whether holders accepted submissions.",
        discussion: """
            With no ids, asks for the submissions of the local history sent to the same \
            endpoint in the last 48 hours (--all: whatever their age), and says what it left \
            out. Prints a table of ids, statuses and finalized times, or JSON; ids are asked \
            30 per call. A final status it learns is kept in the history.

            Exit status: 0 when the calls worked, whatever the statuses; 2 usage or \
            configuration; 3 the server or the network failed.
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
        var wanted: [String] = []
        for id in ids where !wanted.contains(id) { wanted.append(id) }
        let history = SubmissionHistory(paths: paths)
        let (entries, historyNotes) = history.latest()
        let base = Redaction.url(endpoint.baseURL)
        if wanted.isEmpty {
            for note in historyNotes { StandardStreams.err(TextSanitizer.sanitize("note: \(note)") + "\n") }
            let selection = StatusSelection(entries: entries, endpoint: endpoint, all: all, now: Date())
            for note in selection.notes { StandardStreams.err(TextSanitizer.sanitize("note: \(note)") + "\n") }
            wanted = selection.ids
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
            switch error {
            case .configuration: throw CommandFailure(ExitStatus.unreadable, error.description)
            case .rejected where !error.findings.isEmpty: throw CommandFailure(ExitStatus.invalid, error.description)
            default: throw CommandFailure(ExitStatus.remote, error.description)
            }
        }
        await FinalStatusKeeper(history: history).keep(statuses, endpoint: base)
        var byID: [String: SubmissionStatus] = [:]
        for status in statuses { byID[status.id] = status }
        // A final status the history kept stays known after the server forgets the id.
        var kept: Set<String> = []
        for entry in entries where entry.endpoint == base && byID[entry.id] == nil && wanted.contains(entry.id) {
            guard let known = entry.knownStatus else { continue }
            byID[entry.id] = SubmissionStatus(id: entry.id, status: known.state, finalizedAt: known.finalizedAt)
            kept.insert(entry.id)
        }
        if !kept.isEmpty {
            StandardStreams.err("note: \(kept.count) status\(kept.count == 1 ? "" : "es") from the history: the server no longer knows \(kept.count == 1 ? "that id" : "those ids"), which it gave as final before\n")
        }
        if json {
            let list: [JSONValue] = wanted.map { id in
                guard let s = byID[id] else { return ["id": .string(id), "status": "unknown", "finalized_at": nil] }
                return ["id": .string(s.id), "status": .string(s.status.rawValue), "finalized_at": s.finalizedAt.map(JSONValue.string) ?? .null]
            }
            StandardStreams.out(bytes: JSONWriter.bytes(["credentials": .array(list)]))
            return
        }
        if wanted.contains(where: { byID[$0] == nil }) {
            StandardStreams.err("note: unknown: the server does not know the id (never sent there, or unfinished and deleted 48 h after it was sent)\n")
        }
        // Every cell is the server's or the history's text: shown visibly, on its row.
        let rows = [("ID", "STATUS", "FINALIZED")] + wanted.map { id in
            (TextSanitizer.sanitize(id), TextSanitizer.sanitize(byID[id]?.status.rawValue ?? "unknown"),
             TextSanitizer.sanitize(byID[id]?.finalizedAt ?? "-"))
        }
        let w0 = rows.map(\.0.count).max() ?? 0
        let w1 = rows.map(\.1.count).max() ?? 0
        for row in rows {
            StandardStreams.out(row.0.padding(toLength: w0, withPad: " ", startingAt: 0) + "  "
                                + row.1.padding(toLength: w1, withPad: " ", startingAt: 0) + "  " + row.2 + "\n")
        }
    }
}
