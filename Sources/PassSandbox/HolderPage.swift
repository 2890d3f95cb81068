import Foundation
import Hummingbird
import PassCore

extension Sandbox {
    /// `GET /partner/add/{kind}`: the holder's page the redirect URI opens.
    /// The request id travels in the fragment, which browsers do not send,
    /// so the page's script moves it into the query (`?content=<request id>`)
    /// and the sandbox renders the request. Only the sandbox's own request
    /// id opens it, never the partner's ids.
    func holderPage(_ request: Request, _ context: SandboxContext) async throws -> Response {
        let visitor = HolderCookie.visitor(of: request)
        let view: HolderView
        if let content = request.uri.queryParameters.get("content"), !content.isEmpty {
            view = await holderRequest(content).map { HolderView.of($0, visitorKey: visitor.key) } ?? .unknown
        } else {
            view = .opening
        }
        var response = HolderAnswers.page(view.document(path: request.uri.path), status: view.status)
        if let cookie = visitor.newCookie { response.setCookie(cookie) }
        return response
    }

    /// `POST /partner/add/{kind}` with `content=<request id>&decision=accept`
    /// (or `decline`): the holder chooses, then sees the page again (303).
    func holderAccept(_ request: Request, _ context: SandboxContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 16 * 1024)
        let form = PercentEncoding.fields(Substring(String(buffer: body)))
        guard let content = form["content"], !content.isEmpty else {
            return HolderAnswers.page(HolderView.unknown.document(path: request.uri.path), status: .badRequest)
        }
        guard let choice = HolderChoice(rawValue: form["decision"] ?? "accept") else {
            return HolderAnswers.message("Nothing was decided", "The form sends decision=accept or decision=decline.", status: .badRequest)
        }
        let visitor = HolderCookie.visitor(of: request)
        switch await store.decide(requestID: content, choice, holderKey: visitor.key, now: now, lifetime: options.requestLifetime) {
        case .unknown:
            return HolderAnswers.page(HolderView.unknown.document(path: request.uri.path), status: .notFound)
        case .taken:
            logger.info("holder \(choice == .accept ? "accepted" : "declined") \(content)")
        case .tooLate:
            break
        }
        let location = request.uri.path + "?content=" + PercentEncoding.formValue(content)
        var response = Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
        if let cookie = visitor.newCookie { response.setCookie(cookie) }
        return response
    }

    /// `GET /_sandbox/holder/{request id}/status.json`: what the page polls.
    func holderStatus(_ request: Request, _ context: SandboxContext) async throws -> Response {
        guard let id = context.parameters.get("request"), let holder = await holderRequest(id) else {
            return SandboxAnswers.error(.notFound, "no request with this id")
        }
        return SandboxAnswers.json(holder.statusJSON, headers: [.cacheControl: "no-store"])
    }

    /// `GET /_sandbox/holder/{request id}/files/{asset id}`: a received file,
    /// with the content type it was uploaded as.
    func holderFile(_ request: Request, _ context: SandboxContext) async throws -> Response {
        guard let id = context.parameters.get("request"), let assetID = context.parameters.get("asset"),
            let record = await store.record(requestID: id),
            let asset = record.assets.first(where: { $0.assetID == assetID }), let upload = asset.upload
        else {
            return HolderAnswers.message("File not available", "No file has arrived under this name.", status: .notFound)
        }
        let name = PercentEncoding.pathSegment(assetID) + "." + asset.declaredType.fileExtension
        if let bytes = heldFiles.bytes(requestID: id, assetID: assetID) {
            return HolderAnswers.file(.init(byteBuffer: ByteBuffer(bytes: bytes)), contentType: upload.contentType, name: name)
        }
        if let path = upload.storedAt, FileManager.default.isReadableFile(atPath: path) {
            let body = try await FileIO().loadFile(path: path, context: context)
            return HolderAnswers.file(body, contentType: upload.contentType, name: name)
        }
        return HolderAnswers.message(
            "File not available", "The sandbox kept only this file’s size and SHA-256 (it holds files up to \(ByteCount.text(heldFiles.fileLimit)), the newest first). Start it with --keep-uploads DIR to open every file.",
            status: .notFound)
    }

    /// `GET /_sandbox/holder/page.js` and `page.css`: the page's one script and style sheet.
    func holderScript(_ request: Request, _ context: SandboxContext) async throws -> Response {
        HolderAnswers.asset(HolderScript.text, contentType: "text/javascript; charset=utf-8")
    }

    func holderStyle(_ request: Request, _ context: SandboxContext) async throws -> Response {
        HolderAnswers.asset(HolderStyle.text, contentType: "text/css; charset=utf-8")
    }

    /// The request with the sandbox's own id `id`, as the page shows it now.
    func holderRequest(_ id: String) async -> HolderRequest? {
        guard let record = await store.record(requestID: id) else { return nil }
        let held = heldFiles
        return HolderRequest(record, now: now, lifetime: options.requestLifetime, keptBodyLimit: options.keptBodyLimit) { assetID in
            held.bytes(requestID: id, assetID: assetID) != nil
                || record.assets.first { $0.assetID == assetID }?.upload?.storedAt.map { FileManager.default.isReadableFile(atPath: $0) } == true
        }
    }

    /// The routes of the holder's page besides the page itself.
    var holderRoutes: [(String, HTTPRequest.Method, @Sendable (Request, SandboxContext) async throws -> Response)] {
        [
            (HolderRoutes.scriptPath, .get, holderScript),
            (HolderRoutes.stylePath, .get, holderStyle),
            (HolderRoutes.prefix + "/:request/status.json", .get, holderStatus),
            (HolderRoutes.prefix + "/:request/files/:asset", .get, holderFile),
        ]
    }
}

/// Where the holder page's own resources live.
enum HolderRoutes {
    static let prefix = "/_sandbox/holder"
    static let scriptPath = prefix + "/page.js"
    static let stylePath = prefix + "/page.css"

    static func statusPath(requestID: String) -> String {
        prefix + "/" + PercentEncoding.pathSegment(requestID) + "/status.json"
    }
}

extension AssetType {
    /// The usual file name extension of the type.
    var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .jpg: "jpg"
        case .png: "png"
        case .openCert: "json"
        }
    }
}
