import ArgumentParser
import Foundation
import Logging
import PassCore
import PassSandbox

/// `seekpass-composer submit FILE`
struct SubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Validate, submit and upload the files of a payload.",
        discussion: """
            Checks the payload and every asset file first; nothing is sent while anything is wrong. \
            Prints the redirect URI as the last line of standard output (--json: the response, with \
            upload links shortened, and each file's outcome). Progress goes to standard error.

            --sandbox runs a sandbox inside the command, which stops when it exits: for a link that \
            keeps working, start `seekpass-composer sandbox` and use --sandbox-url.

            Exit status: 0 success, 1 invalid payload or asset file, 2 usage or unreadable file, \
            3 the server or the network failed after retries (or a file did not arrive).
            """
    )

    @Argument(help: "The payload file (- reads standard input).")
    var file: String

    @Option(name: .customLong("asset"), help: "A file for a declared asset, ASSET_ID=PATH (repeatable).")
    var assets: [String] = []

    @Option(name: .customLong("only"), help: "Upload only this asset (repeatable); for retrying files that did not arrive.")
    var only: [String] = []

    @Option(help: "The request kind: auto, batch, microcredential or career-history.")
    var kind: KindChoice = .auto

    @Flag(help: "Start the sandbox in this process on a free port and submit to it.")
    var sandbox = false

    @OptionGroup var endpointOptions: EndpointOptions

    @Option(help: "Files uploaded at once (default: the profile's, or 4).")
    var concurrency: Int?

    @Flag(help: "Print the whole response and the upload outcomes as JSON.")
    var json = false

    func run() async throws {
        do {
            try await submit()
        } catch let failure as CommandFailure {
            throw failure.exit()
        }
    }

    private func submit() async throws {
        let paths = AppPaths.resolve()
        // 1. The payload.
        let payload: PayloadFile
        switch PayloadCheck.run(file, kind: kind.kind) {
        case .noKind(let finding):
            throw CommandFailure(ExitStatus.invalid, "\(file): \(finding); nothing sent")
        case .unreadable(let error):
            throw CommandFailure(ExitStatus.unreadable, error.description)
        case .checked(let loaded, let report):
            StandardStreams.err(PayloadCheck.lines(file: file, report: report))
            guard !report.hasErrors else {
                throw CommandFailure(ExitStatus.invalid, PayloadCheck.summary(file: file, payload: loaded, report: report) + "; nothing sent")
            }
            payload = loaded
        }
        // 2. The asset files.
        var named: [String: String] = [:]
        for pair in assets {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex, pair.index(after: eq) != pair.endIndex else {
                throw CommandFailure(ExitStatus.unreadable, "--asset \(pair): write ASSET_ID=PATH")
            }
            named[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
        }
        let declarations = AssetDeclaration.all(in: payload.value, as: payload.kind)
        for id in only where !declarations.contains(where: { $0.assetID == id }) {
            throw CommandFailure(ExitStatus.unreadable, "--only \(id): the payload declares no such asset")
        }
        let check = AssetPreflight().check(declarations: declarations, paths: named, only: only.isEmpty ? nil : Set(only))
        for finding in check.findings { StandardStreams.err(TextSanitizer.sanitize("\(finding)") + "\n") }
        if check.findings.hasErrors {
            let unreadable = check.findings.contains { $0.rule == .assetFileUnreadable }
            throw CommandFailure(unreadable ? ExitStatus.unreadable : ExitStatus.invalid, "asset files are not ready; nothing sent")
        }
        // 3. Where to.
        var embedded: RunningSandbox?
        let endpoint: Endpoint
        let logger = CommandLogging.bootstrap(paths: paths, label: "seekpass.submit")
        if sandbox {
            var options = SandboxOptions()
            options.logger = Logger(label: "seekpass.sandbox")
            do {
                let running = try await SandboxServer(options: options).start()
                embedded = running
                endpoint = try running.endpoint()
            } catch {
                throw CommandFailure(ExitStatus.remote, "\(error)")
            }
            StandardStreams.err("sandbox started in this process at \(embedded?.baseURL ?? "") (it stops when this command exits)\n")
        } else {
            switch try endpointOptions.resolve(paths: paths) {
            case .remote(let resolved): endpoint = resolved
            case .embeddedSandbox:
                throw CommandFailure(ExitStatus.unreadable,
                                     "no partner endpoint is configured: pass --sandbox, --sandbox-url URL, --profile NAME or --url URL, or set SEEK_PASS_URL (see docs/configuration.md)")
            }
        }
        defer { if let embedded { Task { await embedded.stop() } } }
        var final = endpoint
        if let concurrency { final.uploadConcurrency = max(1, concurrency) }
        if final.isProductionLike { StandardStreams.err("submitting to \(final.summary), which reaches real holders\n") }
        let client = PassClient(endpoint: final, logger: logger)
        let body = CanonicalJSON.standard.body(payload.value, as: payload.kind)
        // 4–6. Submit, upload, record in the history.
        let flow = SubmissionFlow(client: client, history: SubmissionHistory(paths: paths),
                                  profileLabel: embedded != nil ? HistoryEntry.embeddedSandboxProfile : nil)
        var view: UploadProgressView?
        var outcome: SubmissionFlow.Outcome?
        var problems: [String] = []
        for await event in flow.run(kind: payload.kind, value: payload.value, body: body, files: check.files,
                                    only: only.isEmpty ? nil : Set(only)) {
            switch event {
            case .authenticating, .sending, .retrying:
                break
            case .accepted(_, let jobs, let planProblems):
                problems = planProblems
                for problem in planProblems { StandardStreams.err(TextSanitizer.sanitize("warning: \(problem)") + "\n") }
                if !jobs.isEmpty { view = UploadProgressView(jobs: jobs, live: StandardStreams.errIsTerminal && !json) }
            case .upload(let upload):
                view?.show(upload)
            case .finished(let finished):
                view?.finish()
                outcome = finished
            }
        }
        guard let outcome, let response = outcome.response else {
            let error = outcome?.error ?? .configuration("the submission ended without an answer")
            for finding in error.findings { StandardStreams.err(TextSanitizer.sanitize("\(file): \(finding.path): \(finding.message) (server)") + "\n") }
            let status: Int32 = switch error {
            case .rejected: ExitStatus.invalid
            case .configuration: ExitStatus.unreadable
            default: ExitStatus.remote
            }
            throw CommandFailure(status, error.description)
        }
        if let problem = outcome.historyProblem { StandardStreams.err(TextSanitizer.sanitize("warning: \(problem)") + "\n") }
        let results = outcome.results
        // 7. Report.
        if json {
            StandardStreams.out(bytes: JSONWriter.bytes(Self.report(response, results)))
        } else {
            StandardStreams.out(TextSanitizer.sanitize(response.redirectURI) + "\n")
        }
        if embedded != nil { StandardStreams.err(Self.embeddedSandboxNote) }
        let missing = results.filter { !$0.arrived }
        if missing.isEmpty && !problems.isEmpty {
            throw CommandFailure(ExitStatus.remote, "the server's upload links did not match the files: " + problems.joined(separator: "; "))
        }
        guard missing.isEmpty else {
            StandardStreams.err(retryAdvice(missing, endpoint: final, embedded: embedded != nil))
            throw CommandFailure(ExitStatus.remote, "\(missing.count) of \(results.count) file\(results.count == 1 ? "" : "s") did not arrive")
        }
    }

    /// What `--sandbox`'s link points at, and how to have one that keeps working.
    static let embeddedSandboxNote = """
        note: this link points at the sandbox inside this command, which stops as the command exits:
          its holder page will not open afterwards. To keep a sandbox running, start
          `seekpass-composer sandbox` in another terminal and submit with --sandbox-url http://127.0.0.1:8080.

        """

    /// Which files did not arrive and the command that retries just those.
    private func retryAdvice(_ missing: [UploadResult], endpoint: Endpoint, embedded: Bool) -> String {
        var text = "These files did not arrive:\n"
        for result in missing {
            text += TextSanitizer.sanitize("  \(result.assetID)  \(result.job.file.path)  (\(result.failure?.reason ?? "unknown"))") + "\n"
        }
        if embedded {
            return text + "The embedded sandbox stopped with this command; run it again to retry.\n"
        }
        var command = ["seekpass-composer", "submit", ShellQuoting.quoted(file)]
        for result in missing {
            command += ["--asset", ShellQuoting.quoted("\(result.assetID)=\(result.job.file.path)"), "--only", ShellQuoting.quoted(result.assetID)]
        }
        if let sandboxURL = endpointOptions.sandboxURL { command += ["--sandbox-url", ShellQuoting.quoted(sandboxURL)] }
        if let profile = endpointOptions.profile { command += ["--profile", ShellQuoting.quoted(profile)] }
        if let url = endpointOptions.url { command += ["--url", ShellQuoting.quoted(url)] }
        if let clientID = endpointOptions.clientID { command += ["--client-id", ShellQuoting.quoted(clientID)] }
        return text + "To retry just these (the same request id gets the same redirect and new upload links):\n  "
            + TextSanitizer.sanitize(command.joined(separator: " ")) + "\n"
    }

    /// The response (upload links without their query strings) and the outcomes.
    static func report(_ response: SubmissionResponse, _ results: [UploadResult]) -> JSONValue {
        var members: [JSONObject.Member] = [.init("redirect_uri", .string(response.redirectURI))]
        if let uploads = response.assetUploads {
            members.append(.init("asset_uploads", .array(uploads.map {
                ["asset_id": .string($0.assetID), "url": .string(Redaction.url($0.url))]
            })))
        }
        members.append(.init("uploads", .array(results.map { r in
            .object(JSONObject([
                .init("asset_id", .string(r.assetID)),
                .init("file", .string(r.job.file.path)),
                .init("size", r.size.map { .number(String($0)) } ?? .null),
                .init("sha256", r.sha256.map(JSONValue.string) ?? .null),
                .init("arrived", .bool(r.arrived)),
                .init("seconds", r.seconds.map { .number(String(format: "%.3f", $0)) } ?? .null),
                .init("error", r.failure.map { .string($0.reason) } ?? .null),
            ]))
        })))
        return .object(JSONObject(members))
    }
}
