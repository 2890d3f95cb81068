import Hummingbird
import PassCore

extension Sandbox {
    /// `GET /api/partner/v1/submissions/{id}/status.json`
    func status(_ request: Request, _ context: SandboxContext) async throws -> Response {
        await store.count("status")
        if let fault = await injectedFault() { return fault }
        if case .refused(let answer) = await authorize(request) { return answer }
        guard let id = context.parameters.get("id"), let record = await store.record(forID: id) else {
            return SandboxAnswers.error(.notFound, "no submission with this id")
        }
        return SandboxAnswers.json(Self.json(record.statusAnswer(for: id, now: now, lifetime: options.requestLifetime)))
    }

    /// `POST /api/partner/v1/submissions/status.json` with `{"ids": [...]}`
    /// (at most 30); unknown ids are left out of the answer.
    func statuses(_ request: Request, _ context: SandboxContext) async throws -> Response {
        await store.count("statuses")
        if let fault = await injectedFault() { return fault }
        if case .refused(let answer) = await authorize(request) { return answer }
        guard MediaType.isJSON(request.headers[.contentType]) else { return SandboxAnswers.unsupportedMediaType(request) }
        var request = request
        let body = try await request.collectBody(upTo: 64 * 1024)
        guard let value = try? JSONParser.parse(Array(body.readableBytesView)), let list = value["ids"]?.arrayValue else {
            return SandboxAnswers.error(.badRequest, "send {\"ids\": [\"id\", ...]}")
        }
        let limit = PassClient.statusIDsPerCall
        guard list.count <= limit else {
            return SandboxAnswers.errors(.badRequest, [(JSONPath.root.appending("ids"), "at most \(limit) ids per call; this call has \(list.count)")])
        }
        var answers: [JSONValue] = []
        for (i, element) in list.enumerated() {
            guard let id = element.stringValue else {
                return SandboxAnswers.errors(.badRequest, [(JSONPath.root.appending("ids").appending(i), "an id is a string")])
            }
            if let record = await store.record(forID: id) {
                answers.append(Self.json(record.statusAnswer(for: id, now: now, lifetime: options.requestLifetime)))
            }
        }
        return SandboxAnswers.json(["credentials": .array(answers)])
    }

    static func json(_ status: SubmissionStatus) -> JSONValue {
        .object(JSONObject([
            .init("id", .string(status.id)),
            .init("status", .string(status.status.rawValue)),
            .init("finalized_at", status.finalizedAt.map(JSONValue.string) ?? .null),
        ]))
    }
}
