import Foundation
import PassCore

/// A server on loopback (port 0) whose every answer a script decides: a partner API gone bad
/// that sends escapes, echoes the request's headers, trickles its body a byte at a time or
/// sends an error answer of any size. Plain sockets on threads, so that it can misbehave in
/// ways a framework would not let it.
public final class ScriptedServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]
        public var body: [UInt8]
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    public enum Answer: Sendable {
        /// A whole answer: status, headers and body, written at once.
        case answer(status: Int, headers: [(String, String)], body: [UInt8])
        /// The head (with the Content-Length of `body`), then one byte of the body every `interval`.
        case trickle(status: Int, body: [UInt8], interval: Duration)
        /// Accept and say nothing until the client goes away.
        case silence
    }

    public typealias Script = @Sendable (Request) -> Answer

    public let port: Int
    private let listener: Int32
    private let script: Script
    private let lock = NSLock()
    private var received: [Request] = []
    private var stopped = false

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far.
    public var requests: [Request] { lock.withLock { received } }

    public init(script: @escaping Script) throws {
        self.script = script
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ScriptedServerError(what: "socket") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 128) == 0 else { close(fd); throw ScriptedServerError(what: "bind") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    public func stop() {
        lock.withLock { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop() {
        while !isStopped {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        defer { close(fd) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer: [UInt8] = []
        while let request = readRequest(fd, &buffer) {
            lock.withLock { received.append(request) }
            switch script(request) {
            case .answer(let status, let headers, let body):
                var head = "HTTP/1.1 \(status) Whatever\r\nContent-Length: \(body.count)\r\n"
                for (name, value) in headers { head += "\(name): \(value)\r\n" }
                guard send(fd, Array((head + "\r\n").utf8) + body) else { return }
            case .trickle(let status, let body, let interval):
                let head = "HTTP/1.1 \(status) Slowly\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
                guard send(fd, Array(head.utf8)) else { return }
                for byte in body {
                    Thread.sleep(forTimeInterval: interval.inSeconds)
                    guard !isStopped, send(fd, [byte]) else { return }
                }
            case .silence:
                var scratch = [UInt8](repeating: 0, count: 1024)
                while !isStopped, scratch.withUnsafeMutableBytes({ read(fd, $0.baseAddress, $0.count) }) > 0 {}
                return
            }
        }
    }

    private func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Foundation.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            sent += n
        }
        return true
    }

    private func readRequest(_ fd: Int32, _ buffer: inout [UInt8]) -> Request? {
        let separator: [UInt8] = [13, 10, 13, 10]
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        func fill() -> Bool {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return false }
            buffer += chunk[0..<n]
            return true
        }
        var end: Int?
        while end == nil {
            if let found = buffer.firstRange(of: separator) { end = found.upperBound; break }
            guard fill() else { return nil }
        }
        guard let headEnd = end else { return nil }
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        var headers: [String: String] = [:]
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while buffer.count - headEnd < length {
            guard fill() else { return nil }
        }
        let body = Array(buffer[headEnd..<(headEnd + length)])
        buffer.removeFirst(headEnd + length)
        return Request(method: requestLine.first.map(String.init) ?? "", path: requestLine.dropFirst().first.map(String.init) ?? "",
                       headers: headers, body: body)
    }
}

public struct ScriptedServerError: Error {
    public var what: String
}
