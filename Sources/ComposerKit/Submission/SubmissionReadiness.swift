import PassCore

/// Whether the document can be sent now, checked the same way by every front end: no
/// errors, somewhere to send it, a file chosen for every asset, and each file fit to upload.
public enum SubmissionReadiness: Sendable {
    /// Ready: what will be sent, and the files as checked.
    case ready(SubmissionSummary, files: [AssetFile])
    case refused(SubmissionRefusal)

    /// Checks `state` for sending through `services` (nil: this composer cannot send).
    public static func check(_ state: ComposerState, environment: ComposerEnvironment,
                             services: SubmissionServices?, hasEndpoint: Bool) -> SubmissionReadiness {
        guard state.canSubmit else { return .refused(.errors(state.errorCount)) }
        guard let services, hasEndpoint else { return .refused(.noEndpoint) }
        if state.assetsWithoutFiles > 0 { return .refused(.filesNotChosen(state.assetsWithoutFiles)) }
        let declarations = AssetDeclaration.all(in: state.document.value, as: state.document.kind)
        let paths = state.document.assetFiles.mapValues(environment.absolute)
        let check = services.preflight(declarations, paths)
        if let problem = check.findings.errors.first { return .refused(.file(problem.message)) }
        let summary = SubmissionSummary(document: state.document, inspections: state.inspections, bodySize: state.body.count)
        return .ready(summary, files: check.files)
    }
}

/// Why a document is not sent.
public enum SubmissionRefusal: Sendable, Equatable {
    case errors(Int)
    case noEndpoint
    case filesNotChosen(Int)
    /// A chosen file cannot be uploaded; in words.
    case file(String)

    /// In words; `reachEach` says how to reach each problem ("F4 goes to each").
    public func text(reachEach: String) -> String {
        switch self {
        case .errors(let n):
            "Not sent: \(n) error\(n == 1 ? "" : "s") remain. \(reachEach); the file cannot be sent until they are fixed."
        case .noEndpoint:
            "Not sent: this composer has no endpoint to send to."
        case .filesNotChosen(let n):
            "Not sent: \(n) file\(n == 1 ? " has" : "s have") no file chosen yet. \(reachEach)."
        case .file(let message):
            "Not sent: \(message)"
        }
    }
}

extension SubmissionServices {
    /// Sends `body` (the canonical bytes of `value`) to `endpoint` and uploads `files`, as
    /// the events of one ``SubmissionFlow``; `only` limits the uploads to those asset ids.
    public func submit(kind: PayloadKind, value: JSONValue, body: [UInt8], files: [AssetFile], only: Set<String>? = nil,
                       to endpoint: EndpointChoice) async throws -> AsyncStream<SubmissionFlow.Event> {
        let client = try await client(endpoint)
        let flow = SubmissionFlow(client: client, history: history, profileLabel: endpoint.id)
        return flow.run(kind: kind, value: value, body: body, files: files, only: only)
    }
}
