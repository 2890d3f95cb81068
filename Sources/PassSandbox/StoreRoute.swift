import Crypto
import Foundation
import Hummingbird
import NIOCore
import PassCore

extension Sandbox {
    /// `PUT /_store/{request}/{asset}?<presigned query>`: the upload store.
    /// Refuses as S3 does: 403 for a bad signature, an expired or used link
    /// or another Content-Type than the link's. Hashes the bytes as they
    /// stream in; keeps size, type and SHA-256 (and the bytes on disk when
    /// a folder is set), never the file in memory.
    func storeUpload(_ request: Request, _ context: SandboxContext) async throws -> Response {
        await store.count("upload")
        guard let requestID = context.parameters.get("request"), let assetID = context.parameters.get("asset") else {
            return SandboxAnswers.store(.notFound, code: "NoSuchKey", message: "The specified key does not exist.")
        }
        let path = links.path(requestID: requestID, assetID: assetID)
        guard let verified = links.verify(path: path, query: Substring(request.uri.query ?? "")) else {
            return SandboxAnswers.store(.forbidden, code: "SignatureDoesNotMatch",
                                        message: "The request signature we calculated does not match the signature you provided.")
        }
        let now = self.now
        let asset: SandboxRecord.Asset
        switch await store.checkLink(requestID: requestID, assetID: assetID, nonce: verified.nonce, now: now) {
        case .ok(let found): asset = found
        case .expired:
            return SandboxAnswers.store(.forbidden, code: "AccessDenied", message: "Request has expired")
        case .used:
            return SandboxAnswers.store(.forbidden, code: "AccessDenied", message: "This upload link was already used")
        case .unknown:
            if now >= verified.expiresAt { return SandboxAnswers.store(.forbidden, code: "AccessDenied", message: "Request has expired") }
            return SandboxAnswers.store(.forbidden, code: "AccessDenied", message: "This upload link is no longer valid")
        }
        let contentType = request.headers[.contentType] ?? ""
        guard MediaType.matches(contentType, asset.declaredType.contentType) else {
            return SandboxAnswers.store(.forbidden, code: "SignatureDoesNotMatch",
                                        message: "The link was signed for Content-Type \(asset.declaredType.contentType), the request sent \(contentType.isEmpty ? "none" : contentType).")
        }
        let declaredLength = request.headers[.contentLength].flatMap(Int64.init)
        if let declaredLength, declaredLength > Int64(options.maximumUploadSize) {
            return SandboxAnswers.store(.contentTooLarge, code: "EntityTooLarge",
                                        message: "Your proposed upload exceeds the maximum allowed size (\(ByteCount.text(options.maximumUploadSize))).")
        }
        let drop = await store.drawUploadDrop()
        let faults = await store.faults
        if faults.slowStoreKiBPerSecond > 0 {
            // A slow store is a slow link, not a fast one into a deep buffer: the connection
            // takes little more than the store reads (the kernel would otherwise grow its
            // receive buffer to megabytes, which no client could see past).
            let bytes = Int32(max(32, min(1024, faults.slowStoreKiBPerSecond / 4)) * 1024)
            try? await context.channel.setOption(ChannelOptions.socketOption(.so_rcvbuf), value: SocketOptionValue(bytes)).get()
        }
        let dropAt = drop ? max(1, (declaredLength ?? 2) / 2) : Int64.max
        let sink = try uploadSink(requestID: requestID, assetID: assetID)
        var hasher = SHA256()
        var received: Int64 = 0
        let started = ContinuousClock.now
        meter.update(assetID: assetID, bytes: 0)
        do {
            for try await buffer in request.body {
                buffer.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
                try sink?.write(buffer)
                received += Int64(buffer.readableBytes)
                meter.update(assetID: assetID, bytes: received)
                if received > Int64(options.maximumUploadSize) {
                    sink?.discard()
                    return SandboxAnswers.store(.contentTooLarge, code: "EntityTooLarge", message: "Your upload exceeds the maximum allowed size.")
                }
                if received >= dropAt {
                    logger.info("fault: dropping the upload of \(assetID) after \(received) bytes")
                    sink?.discard()
                    try? await context.channel.close()
                    throw CancellationError()
                }
                if faults.slowStoreKiBPerSecond > 0 {
                    let due = Duration.milliseconds(received * 1000 / Int64(faults.slowStoreKiBPerSecond * 1024))
                    let elapsed = ContinuousClock.now - started
                    if due > elapsed { try await Task.sleep(for: due - elapsed) }
                }
            }
        } catch {
            sink?.discard()
            throw error
        }
        if let declaredLength, declaredLength != received {
            sink?.discard()
            return SandboxAnswers.store(.badRequest, code: "IncompleteBody", message: "You did not provide the number of bytes specified by the Content-Length HTTP header.")
        }
        let storedAt = try sink?.finish()
        let sha = Checksum.hex(hasher.finalize())
        let upload = SandboxRecord.Upload(size: received, contentType: asset.declaredType.contentType, sha256: sha,
                                          receivedAt: now, storedAt: storedAt)
        guard await store.arrived(requestID: requestID, assetID: assetID, nonce: verified.nonce, upload: upload) else {
            return SandboxAnswers.store(.forbidden, code: "AccessDenied", message: "This upload link was already used")
        }
        logger.info("store: \(assetID) arrived, \(received) bytes, sha256 \(sha)")
        return Response(status: .ok, headers: [.eTag: "\"\(sha.prefix(32))\""])
    }

    private func uploadSink(requestID: String, assetID: String) throws -> UploadSink? {
        guard let directory = options.uploadsDirectory else { return nil }
        let folder = directory + "/" + PercentEncoding.pathSegment(requestID)
        return try UploadSink(path: folder + "/" + PercentEncoding.pathSegment(assetID))
    }
}

/// Uploaded bytes written to a temporary file beside their final name,
/// renamed into place once complete.
final class UploadSink {
    let path: String
    private let temporary: String
    private let handle: FileHandle

    init(path: String) throws {
        self.path = path
        temporary = path + ".part-" + SandboxOptions.randomToken(bytes: 6)
        try AppPaths.makeDirectory((path as NSString).deletingLastPathComponent)
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: temporary)
        else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary]) }
        self.handle = handle
    }

    func write(_ buffer: ByteBuffer) throws {
        try buffer.withUnsafeReadableBytes { try handle.write(contentsOf: Data($0)) }
    }

    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }

    func finish() throws -> String {
        try handle.close()
        _ = try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        return path
    }
}
