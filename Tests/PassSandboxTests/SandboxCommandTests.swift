import Foundation
import PassCore
import Testing

/// `seekpass-composer sandbox` as a user starts it: the loopback policy of
/// `--host`, and the guards of a running sandbox.
@Suite struct SandboxCommandTests {
    @Test(arguments: ["127.+0.0.1", "127.-0.0.1", "127.0.0.01", "0.0.0.0", "192.168.1.1", "localhost.", "example.com"])
    func aHostThatIsNotPlainLoopbackIsRefusedSayingWhy(_ host: String) async throws {
        let run = try BinaryRun()
        defer { run.remove() }
        let r = try await run.run(["sandbox", "--host", host, "--port", "0"])
        #expect(r.status == 2, "\(r)")
        #expect(r.err.contains("listens only on loopback") && r.err.contains("127.0.0.1"), "\(r)")
    }

    @Test func bracketedIPv6LoopbackListensThere() async throws {
        let run = try BinaryRun()
        defer { run.remove() }
        let sandbox = try run.start(["sandbox", "--host", "[::1]", "--port", "0"])
        defer { sandbox.stop() }
        let url = await sandbox.baseURL()
        if let url {
            #expect(url.hasPrefix("http://[::1]:"), "\(sandbox.out)")
        } else {
            // A machine without IPv6 loopback: the message says so, not "another program".
            #expect(sandbox.err.contains("no such address"), "\(sandbox.err)")
            #expect(!sandbox.err.contains("another program"))
        }
    }

    @Test func aRunningSandboxRefusesForeignHostsAndCutsSlowHeads() async throws {
        let run = try BinaryRun()
        defer { run.remove() }
        let sandbox = try run.start(["sandbox", "--port", "0", "--header-timeout", "0.5", "--idle-timeout", "1"])
        defer { sandbox.stop() }
        let base = try #require(await sandbox.baseURL(), "\(sandbox.err)")
        let port = try #require(Int(base.split(separator: ":").last ?? ""))
        let foreign = try await offThePool { try RawSocket.exchange(port: port, "GET /_sandbox/requests HTTP/1.1\r\nHost: rebound.example:\(port)\r\nConnection: close\r\n\r\n") }
        #expect(foreign.status == 421, "\(foreign)")
        let own = try await offThePool { try RawSocket.exchange(port: port, "GET /_sandbox/requests HTTP/1.1\r\nHost: localhost:\(port)\r\nConnection: close\r\n\r\n") }
        #expect(own.status == 200, "\(own)")
        let closed = try await offThePool {
            let slow = try RawSocket(port: port)
            slow.send("GET / HTTP/1.1\r\n")
            var closed = false
            for _ in 0..<1200 where !closed { closed = !slow.send("X") || slow.closedByPeer(within: 0.1) }
            return closed
        }
        #expect(closed)
        #expect(!sandbox.out.contains("\u{1B}") && sandbox.out.contains("demo client secret: "), "the banner shows its own secret")
    }

    @Test func outOfRangeTimeoutsAreUsageErrors() async throws {
        let run = try BinaryRun()
        defer { run.remove() }
        for arguments in [["--header-timeout", "31"], ["--idle-timeout", "121"], ["--idle-timeout", "0"], ["--max-connections", "0"]] {
            let r = try await run.run(["sandbox", "--port", "0"] + arguments)
            #expect(r.status == 2, "\(arguments): \(r)")
        }
    }
}
