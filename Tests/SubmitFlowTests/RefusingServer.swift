import Hummingbird
import NIOCore
import PassCore

/// A partner API that refuses every batch with one finding, as a real server
/// may refuse what the local rules allow (an issuer it does not know).
struct RefusingServer {
    let baseURL: String
    private let task: Task<Void, any Error>

    static func start(path: JSONPath, message: String) async throws -> RefusingServer {
        let router = Router()
        let body = ErrorBody.body([(path, message)])
        router.post(RouterPath(APIPaths.standard.batch)) { _, _ -> Response in
            Response(status: .badRequest, headers: [.contentType: "application/json"],
                     body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in
                                  continuation.yield(channel.localAddress?.port ?? 0)
                                  continuation.finish()
                              })
        let task = Task { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        let port = await iterator.next() ?? 0
        return RefusingServer(baseURL: "http://127.0.0.1:\(port)", task: task)
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}
