import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// The sandbox's connections: a head sent slowly is cut off at the header
/// timeout, an idle connection at the idle timeout, and a flood of idle
/// connections leaves it answering. The timeouts are shortened here; the
/// defaults are the ones docs/sandbox.md promises.
@Suite struct SandboxConnectionTests {
    static func options(header: Duration = .seconds(2), idle: Duration = .seconds(4), connections: Int = 512) -> SandboxOptions {
        var options = SandboxOptions()
        options.connectionLimits = ConnectionLimits(headerReadTimeout: header, idleTimeout: idle, maximumConnections: connections)
        return options
    }

    @Test func theDefaultsAreTheDocumentedOnes() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/sandbox.md")
        let page = try String(contentsOf: docs, encoding: .utf8)
        let limits = ConnectionLimits.standard
        #expect(limits.headerReadTimeout == .seconds(30) && limits.idleTimeout == .seconds(120))
        #expect(page.contains("its head within \(limits.headerReadTimeout.components.seconds) s"), "docs/sandbox.md states the header timeout")
        #expect(page.contains("idle for \(limits.idleTimeout.components.seconds) s"), "docs/sandbox.md states the idle timeout")
        #expect(page.contains("at most \(limits.maximumConnections) connections"), "docs/sandbox.md states the bound")
        #expect(SandboxOptions().connectionLimits == limits)
    }

    @Test func aHeadSentSlowlyIsCutOffAtTheHeaderTimeout() async throws {
        let sandbox = try await SandboxServer.start(options: Self.options())
        defer { Task { await sandbox.stop() } }
        let port = sandbox.port
        let (closed, received) = try await offThePool {
            let socket = try RawSocket(port: port)
            socket.send("GET /_sandbox/requests HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n")
            // One header byte every 100 ms: each arrives, none finishes the head.
            var closed = false
            for i in 0..<1200 where !closed {
                closed = !socket.send(i % 2 == 0 ? "X" : "-") || socket.closedByPeer(within: 0.1)
            }
            return (closed, socket.received)
        }
        #expect(closed, "a head trickled for two minutes was never cut off")
        #expect(received.isEmpty, "no answer to a head that never ended")
        // A whole request on a new connection is answered at once.
        let answer = try await offThePool { try RawSocket.exchange(port: sandbox.port, "GET /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1:\(sandbox.port)\r\nConnection: close\r\n\r\n") }
        #expect(answer.status == 200)
    }

    @Test func aConnectionThatSendsNothingIsClosedAndSoIsAnIdleOne() async throws {
        let sandbox = try await SandboxServer.start(options: Self.options())
        defer { Task { await sandbox.stop() } }
        let port = sandbox.port
        let silentClosed = try await offThePool { try RawSocket(port: port).closedByPeer(within: 120) }
        #expect(silentClosed)
        let (keptClosed, received) = try await offThePool {
            let kept = try RawSocket(port: port)
            kept.send("GET /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
            return (kept.closedByPeer(within: 120), kept.received)
        }
        #expect(keptClosed, "an idle keep-alive connection is closed")
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("HTTP/1.1 200"), "after its answer")
    }

    @Test func aThousandIdleConnectionsLeaveItAnswering() async throws {
        try FileLimit.raise(to: 4096)
        let sandbox = try await SandboxServer.start(options: Self.options(header: .seconds(30), idle: .seconds(120)))
        defer { Task { await sandbox.stop() } }
        let port = sandbox.port
        let idle = try await offThePool { try (0..<1000).map { _ in try RawSocket(port: port) } }
        try await Wait.until("the connections to be open") { await sandbox.openConnections >= min(1000, sandbox.connectionCapacity) - 1 }
        let answer = try await offThePool { try RawSocket.exchange(port: sandbox.port, "GET /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1:\(sandbox.port)\r\nConnection: close\r\n\r\n") }
        #expect(answer.status == 200, "\(answer)")
        #expect(sandbox.openConnections <= sandbox.connectionCapacity)
        // The oldest idle ones made room (the sandbox closes them as the new ones come).
        let wanted = 1000 - sandbox.connectionCapacity
        var closedByTheSandbox = 0
        try await Wait.until("the oldest idle connections to be closed", describe: { "\(closedByTheSandbox) of \(wanted)" }) {
            closedByTheSandbox = try await offThePool { idle.filter { $0.closedByPeer(within: 0.001) }.count }
            return closedByTheSandbox >= wanted
        }
    }

    @Test func underALowBoundTheOldestIdleConnectionMakesRoom() async throws {
        let sandbox = try await SandboxServer.start(options: Self.options(header: .seconds(30), idle: .seconds(120), connections: 20))
        defer { Task { await sandbox.stop() } }
        #expect(sandbox.connectionCapacity == 20)
        let port = sandbox.port
        let idle = try await offThePool { try (0..<200).map { _ in try RawSocket(port: port) } }
        for _ in 0..<5 {
            let answer = try await offThePool { try RawSocket.exchange(port: sandbox.port, "GET /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1:\(sandbox.port)\r\nConnection: close\r\n\r\n") }
            #expect(answer.status == 200, "\(answer)")
        }
        #expect(sandbox.openConnections <= 20)
        #expect(idle.count == 200)
    }
}

/// The soft limit of open files of the test process, raised for the tests
/// that open many connections (up to the hard limit).
enum FileLimit {
    static func raise(to wanted: Int) throws {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return }
        let target = min(rlim_t(wanted), limit.rlim_max)
        if limit.rlim_cur < target {
            limit.rlim_cur = target
            setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        }
    }
}
