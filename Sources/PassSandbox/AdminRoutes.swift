import Hummingbird
import PassCore

extension Sandbox {
    /// `GET /_sandbox/requests`: every request kept, with its uploads.
    func listRequests(_ request: Request, _ context: SandboxContext) async throws -> Response {
        let records = await store.all()
        let now = self.now
        return SandboxAnswers.json(["requests": .array(records.map { $0.json(now: now, lifetime: options.requestLifetime, includeBody: false) })])
    }

    /// `GET /_sandbox/requests/{id}`: one request (by either id), with its body when kept.
    func showRequest(_ request: Request, _ context: SandboxContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        guard let record = await store.find(id) else {
            return SandboxAnswers.error(.notFound, "no request with this id")
        }
        return SandboxAnswers.json(record.json(now: now, lifetime: options.requestLifetime, includeBody: true))
    }

    /// `POST /_sandbox/requests/{id}/accept`: as if the holder accepted.
    func acceptRequest(_ request: Request, _ context: SandboxContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        guard await store.accept(id: id, now: now, lifetime: options.requestLifetime),
            let record = await store.find(id)
        else {
            return SandboxAnswers.error(.notFound, "no incomplete request with this id")
        }
        return SandboxAnswers.json(Self.json(record.statusAnswer(for: record.id, now: now, lifetime: options.requestLifetime)))
    }

    /// `GET /_sandbox/faults`
    func showFaults(_ request: Request, _ context: SandboxContext) async throws -> Response {
        SandboxAnswers.json(await store.faults.json)
    }

    /// `POST /_sandbox/faults` with some of the members `GET` shows; the others stay.
    func setFaults(_ request: Request, _ context: SandboxContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 16 * 1024)
        guard let value = try? JSONParser.parse(Array(body.readableBytesView)), let object = value.objectValue else {
            return SandboxAnswers.error(.badRequest, "send a JSON object such as {\"fail_next\": 2}")
        }
        do {
            let faults = try await store.faults.updated(with: object)
            await store.setFaults(faults)
            logger.info("faults set: \(JSONWriter.string(faults.json))")
            return SandboxAnswers.json(faults.json)
        } catch {
            return SandboxAnswers.error(.badRequest, error.description)
        }
    }

    /// `POST /_sandbox/tokens/revoke`: every token issued so far stops working.
    func revokeTokens(_ request: Request, _ context: SandboxContext) async throws -> Response {
        await store.revokeTokens()
        return Response(status: .noContent)
    }
}
