import Foundation

/// A raw TCP server on 127.0.0.1 and a free port, for servers that misbehave on purpose
/// (a trickled body, a connection dropped mid-answer, escapes in a message): each connection
/// is given to `handle` on a thread of its own, with the request's head already read.
public final class LoopbackServer: @unchecked Sendable {
    /// One accepted connection.
    public final class Connection: @unchecked Sendable {
        public let fd: Int32
        /// The request line and headers, as received.
        public private(set) var head = ""
        /// Body bytes that arrived with the head.
        public private(set) var bodyStart: [UInt8] = []

        init(fd: Int32) {
            self.fd = fd
        }

        /// Reads until the end of the headers (or the peer stops).
        func readHead() {
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            while true {
                if let end = Self.endOfHead(received) {
                    head = String(decoding: received[..<end], as: UTF8.self)
                    bodyStart = Array(received[(end + 4)...])
                    return
                }
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                guard n > 0 else {
                    head = String(decoding: received, as: UTF8.self)
                    return
                }
                received += buffer[0..<n]
            }
        }

        static func endOfHead(_ bytes: [UInt8]) -> Int? {
            guard bytes.count >= 4 else { return nil }
            for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
                return i
            }
            return nil
        }

        /// The request's method and path, e.g. ("POST", "/oauth2/token").
        public var requestLine: (method: String, path: String) {
            let first = head.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? ""
            let parts = first.split(separator: " ")
            return (parts.first.map(String.init) ?? "", parts.count > 1 ? String(parts[1]) : "")
        }

        /// A header's value (case-insensitive name), if sent.
        public func header(_ name: String) -> String? {
            for line in head.split(separator: "\r\n").dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                if line[..<colon].lowercased() == name.lowercased() {
                    return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
            }
            return nil
        }

        /// Writes bytes; false once the peer has gone.
        @discardableResult
        public func write(_ bytes: [UInt8]) -> Bool {
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes { Foundation.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                sent += n
            }
            return true
        }

        @discardableResult
        public func write(_ text: String) -> Bool { write(Array(text.utf8)) }

        /// A whole HTTP/1.1 answer with `Content-Length` and `Connection: close`.
        @discardableResult
        public func respond(status: Int, reason: String = "Status", headers: [String: String] = [:], body: [UInt8]) -> Bool {
            var head = "HTTP/1.1 \(status) \(reason)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
            for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
            return write(Array((head + "\r\n").utf8) + body)
        }

        @discardableResult
        public func respond(status: Int, json: String) -> Bool {
            respond(status: status, headers: ["Content-Type": "application/json"], body: Array(json.utf8))
        }

        public func close() {
            shutdown(fd, Int32(SHUT_RDWR))
            Foundation.close(fd)
        }
    }

    public let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var stopped = false
    private var count = 0

    /// How many connections were accepted so far.
    public var connections: Int { lock.withLock { count } }

    /// Starts listening; `handle` gets every connection (and should close it).
    public init(_ handle: @escaping @Sendable (Connection) -> Void) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw LoopbackHTTP.Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            Foundation.close(fd)
            throw LoopbackHTTP.Failure(description: "bind/listen: \(String(cString: strerror(errno)))")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: actual.sin_port))
        let thread = Thread { [self] in
            while true {
                let client = accept(fd, nil, nil)
                if client < 0 {
                    if errno == EINTR { continue }
                    return
                }
                if lock.withLock({ stopped }) {
                    Foundation.close(client)
                    return
                }
                lock.withLock { count += 1 }
                let connection = Connection(fd: client)
                Thread {
                    connection.readHead()
                    handle(connection)
                }.start()
            }
        }
        thread.start()
    }

    deinit { stop() }

    /// The base URL of the server, e.g. `http://127.0.0.1:40123`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public func stop() {
        let first = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        Foundation.close(listener)
    }
}
