import Hummingbird
import NIOCore

extension Sandbox {
    /// `PUT /_store/{request}/{asset}` as the holder's page sees it: the
    /// upload store (`storeUpload`), with the bytes of a small file held
    /// so the page can open it, and an attempt that did not arrive noted
    /// so the page can say the file failed.
    func receiveUpload(_ request: Request, _ context: SandboxContext) async throws -> Response {
        let requestID = context.parameters.get("request") ?? ""
        let assetID = context.parameters.get("asset") ?? ""
        var request = request
        let collector = heldFiles.collector(requestID: requestID, assetID: assetID,
                                            declaredLength: request.headers[.contentLength].flatMap(Int64.init))
        if let collector {
            request.body = RequestBody(asyncSequence: CollectedBody(base: request.body, collector: collector))
        }
        let response: Response
        do {
            response = try await storeUpload(request, context)
        } catch {
            await store.uploadFailed(requestID: requestID, assetID: assetID,
                                     reason: "the connection closed before the whole file arrived", now: now)
            throw error
        }
        if response.status == .ok {
            collector?.commit()
        } else if let reason = Self.uploadFailure(response.status) {
            await store.uploadFailed(requestID: requestID, assetID: assetID, reason: reason, now: now)
        }
        return response
    }

    /// What a refusal of the store means for the holder, in a clause.
    static func uploadFailure(_ status: HTTPResponse.Status) -> String? {
        switch status.code {
        case 403: "the store refused it (its upload link had expired, was used, or was made for another file type)"
        case 413: "it was larger than the store takes"
        case 400: "fewer bytes arrived than were announced"
        case 200..<300: nil
        default: "the store answered \(status.code)"
        }
    }
}

/// A request body passed on unchanged while a collector sees every chunk.
struct CollectedBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let base: RequestBody
    let collector: HeldFiles.Collector

    func makeAsyncIterator() -> Iterator {
        Iterator(base: base.makeAsyncIterator(), collector: collector)
    }

    struct Iterator: AsyncIteratorProtocol {
        var base: RequestBody.AsyncIterator
        let collector: HeldFiles.Collector

        mutating func next() async throws -> ByteBuffer? {
            guard let buffer = try await base.next() else { return nil }
            collector.append(buffer.readableBytesView)
            return buffer
        }
    }
}
