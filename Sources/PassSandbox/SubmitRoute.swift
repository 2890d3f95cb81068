import Crypto
import Foundation
import Hummingbird
import PassCore

extension Sandbox {
    /// The batch, career-history and single endpoints: authenticate, check
    /// with the same PassCore rules, keep, answer 201 with the redirect
    /// URI and one upload link per asset.
    func submit(_ request: Request, _ context: SandboxContext, kind: PayloadKind) async throws -> Response {
        await store.count("submit")
        if let fault = await injectedFault() { return fault }
        let claims: TokenIssuer.Claims
        switch await authorize(request) {
        case .granted(let c): claims = c
        case .refused(let answer): return answer
        }
        guard MediaType.isJSON(request.headers[.contentType]) else {
            return SandboxAnswers.unsupportedMediaType(request)
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: options.maximumRequestBody)
        } catch {
            return SandboxAnswers.error(.contentTooLarge, "the body is larger than \(ByteCount.text(options.maximumRequestBody))")
        }
        let body = Array(buffer.readableBytesView)
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            return SandboxAnswers.error(.badRequest, "the body is not JSON: \(error)")
        }
        let errors = Validator.standard.validate(value, as: kind).errors
        guard errors.isEmpty else {
            logger.info("\(kind.rawValue): refused with \(errors.count) errors")
            return SandboxAnswers.errors(.badRequest, errors.map { ($0.path, $0.message) })
        }
        let needed = Set(Scopes.required(for: value, as: kind))
        let missing = needed.subtracting(claims.scopes)
        guard missing.isEmpty else {
            return SandboxAnswers.error(.forbidden, "the token lacks the scope " + missing.sorted().joined(separator: " ")
                                        + " this request needs; ask for it in the token request")
        }
        guard let id = HistoryEntry.requestID(of: value, as: kind) else {
            return SandboxAnswers.error(.badRequest, "the request has no id")
        }
        let record = await accept(value: value, body: body, kind: kind, id: id, clientID: claims.clientID)
        logger.info("\(kind.rawValue): accepted \(id) as \(record.requestID)")
        var answer: [JSONObject.Member] = [.init("redirect_uri", .string(redirectURI(for: record)))]
        if !record.assets.isEmpty {
            answer.append(.init("asset_uploads", .array(record.assets.map { asset in
                .object(JSONObject([
                    .init("asset_id", .string(asset.assetID)),
                    .init("url", .string(uploadURL(record: record, asset: asset))),
                ]))
            })))
        }
        return SandboxAnswers.json(.object(JSONObject(answer)), status: .created)
    }

    /// A new record, or the existing one for the same id (idempotent) with
    /// fresh upload links for its assets.
    private func accept(value: JSONValue, body: [UInt8], kind: PayloadKind, id: String, clientID: String) async -> SandboxRecord {
        let now = self.now
        // An expired-links fault issues links whose lifetime ended a second ago.
        let expired = await store.drawExpiredLinks()
        let issued = expired ? now.addingTimeInterval(-TimeInterval(linkLifetime) - 1) : now
        func freshLink(_ assetID: String, _ type: AssetType) -> SandboxRecord.Asset {
            SandboxRecord.Asset(assetID: assetID, declaredType: type, linkNonce: SandboxOptions.randomToken(bytes: 12),
                                linkExpiresAt: issued.addingTimeInterval(TimeInterval(linkLifetime)), linkUsed: false, upload: nil)
        }
        let declarations = AssetDeclaration.all(in: value, as: kind)
        if var existing = await store.record(forID: id), existing.id == id, existing.kind == kind,
            existing.status(now: now, lifetime: options.requestLifetime) != .canceled {
            existing.assets = declarations.map { declaration in
                var asset = freshLink(declaration.assetID, declaration.type)
                asset.upload = existing.assets.first { $0.assetID == declaration.assetID }?.upload
                return asset
            }
            await store.save(existing)
            return existing
        }
        let itemIDs = kind == .batch
            ? Validator.items(of: value).compactMap { $0.2["credential_id"]?.stringValue }.filter { $0 != id }
            : []
        let record = SandboxRecord(
            requestID: UUID().uuidString.lowercased(), id: id, kind: kind, clientID: clientID, receivedAt: now,
            itemIDs: itemIDs, counts: HistoryEntry.counts(of: value, as: kind),
            documentType: value["document_type"]?.stringValue, bodySize: body.count,
            bodySHA256: Checksum.sha256(body),
            body: body.count <= options.keptBodyLimit ? body : nil, verifiedAt: nil,
            assets: declarations.map { freshLink($0.assetID, $0.type) })
        await store.save(record)
        return record
    }

    /// `…/partner/add/batch#clientId=…&content=<request id>` [seed 001];
    /// a single request's also names `documentType` [docs].
    func redirectURI(for record: SandboxRecord) -> String {
        let path = ModelRules.standard.holderPagePaths[record.kind] ?? "/partner/add"
        var fragment = [("clientId", record.clientID)]
        if let type = record.documentType { fragment.append(("documentType", type)) }
        fragment.append(("content", record.requestID))
        return baseURL + path + "#" + PercentEncoding.form(fragment)
    }

    /// Links live this many whole seconds.
    var linkLifetime: Int { Int(options.uploadLinkLifetime.components.seconds) }

    func uploadURL(record: SandboxRecord, asset: SandboxRecord.Asset) -> String {
        links.make(baseURL: baseURL, requestID: record.requestID, assetID: asset.assetID, nonce: asset.linkNonce,
                   issued: asset.linkExpiresAt.addingTimeInterval(-TimeInterval(linkLifetime)), lifetime: linkLifetime)
    }
}
