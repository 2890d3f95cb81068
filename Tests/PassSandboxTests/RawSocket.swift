import Foundation

/// A TCP connection to loopback driven byte by byte: for clients that send
/// their headers slowly, send none, or name another host.
final class RawSocket: @unchecked Sendable {
    let fd: Int32

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RawSocketError(what: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw RawSocketError(what: "connect: \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(fd) }

    /// Sends `text`; false once the other end has closed.
    @discardableResult
    func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
    }

    /// True when the server has closed the connection (a read returns 0 or
    /// fails), waiting at most `seconds`; whatever it sent first is in `received`.
    func closedByPeer(within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var chunk = [UInt8](repeating: 0, count: 4096)
        repeat {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let wait = max(0, min(50, Int32(deadline.timeIntervalSinceNow * 1000)))
            let ready = poll(&poller, 1, wait)
            if ready > 0 {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { return true }
                received += chunk[0..<n]
            }
        } while Date() < deadline
        return false
    }

    private(set) var received: [UInt8] = []

    /// One whole request written at once and its answer read to the close
    /// (`Connection: close`): the status line's code and the body.
    static func exchange(port: Int, _ request: String, wait: Double = 60) throws -> (status: Int, text: String) {
        let socket = try RawSocket(port: port)
        socket.send(request)
        _ = socket.closedByPeer(within: wait)
        let text = String(decoding: socket.received, as: UTF8.self)
        let status = text.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } ?? 0
        let body = text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        return (status, body)
    }
}

struct RawSocketError: Error, CustomStringConvertible {
    var what: String
    var description: String { what }
}

/// Runs blocking socket work on a thread of its own, never on the pool that
/// runs the in-process sandbox (two cores give it two threads; blocking them
/// would stop the sandbox from answering).
func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            do { continuation.resume(returning: try body()) } catch { continuation.resume(throwing: error) }
        }
        thread.start()
    }
}
