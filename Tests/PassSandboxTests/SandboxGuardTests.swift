import Foundation
import PassCore
import PassSandbox
import Testing

/// The sandbox answers only to its own address, takes `/_sandbox` writes
/// only as JSON from its own origin, matches media types exactly, escapes
/// what it reflects and hints every fault name.
@Suite struct SandboxGuardTests {
    static func request(_ method: String, _ path: String, host: String, headers: [String] = [], body: String = "") -> String {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n"
        for header in headers { text += header + "\r\n" }
        if !body.isEmpty || method == "POST" { text += "Content-Length: \(body.utf8.count)\r\n" }
        return text + "\r\n" + body
    }

    @Test func aForeignHostIsMisdirected() async throws {
        let sandbox = try await SandboxServer.start()
        defer { Task { await sandbox.stop() } }
        for host in ["evil.example", "evil.example:\(sandbox.port)", "127.0.0.1.evil.example:\(sandbox.port)", "127.0.0.1:1",
                     "[::1]:\(sandbox.port)", "10.0.0.1:\(sandbox.port)"] {
            let answer = try await offThePool { try RawSocket.exchange(port: sandbox.port, Self.request("GET", "/_sandbox/requests", host: host)) }
            #expect(answer.status == 421, "\(host): \(answer)")
            #expect(answer.text.contains("this sandbox answers only to"))
        }
        for host in ["127.0.0.1:\(sandbox.port)", "localhost:\(sandbox.port)", "LOCALHOST:\(sandbox.port)"] {
            let answer = try await offThePool { try RawSocket.exchange(port: sandbox.port, Self.request("GET", "/_sandbox/requests", host: host)) }
            #expect(answer.status == 200, "\(host): \(answer)")
        }
    }

    @Test func sandboxWritesFromAnotherOriginOrNotAsJSONAreRefusedAndChangeNothing() async throws {
        let sandbox = try await SandboxServer.start()
        defer { Task { await sandbox.stop() } }
        let host = "127.0.0.1:\(sandbox.port)"
        let change = #"{"fail_next": 3}"#
        let refused: [([String], Int)] = [
            (["Content-Type: text/plain"], 415),
            (["Content-Type: application/x-www-form-urlencoded"], 415),
            ([], 415),
            (["Content-Type: application/jsonx"], 415),
            (["Content-Type: application/json", "Origin: http://evil.example"], 403),
            (["Content-Type: application/json", "Origin: null"], 403),
            (["Content-Type: text/plain", "Origin: http://evil.example"], 403),
        ]
        for (headers, status) in refused {
            let answer = try await offThePool { try RawSocket.exchange(port: sandbox.port, Self.request("POST", "/_sandbox/faults", host: host, headers: headers, body: change)) }
            #expect(answer.status == status, "\(headers): \(answer)")
        }
        for path in ["/_sandbox/tokens/revoke", "/_sandbox/requests/X/accept"] {
            let answer = try await offThePool { try RawSocket.exchange(port: sandbox.port, Self.request("POST", path, host: host, headers: ["Origin: http://evil.example"])) }
            #expect(answer.status == 403, "\(path): \(answer)")
        }
        #expect(await sandbox.faults() == SandboxFaults(), "nothing changed")
        let own = try await offThePool { try RawSocket.exchange(port: sandbox.port, Self.request("POST", "/_sandbox/faults", host: host,
                                                                      headers: ["Content-Type: application/json; charset=utf-8", "Origin: http://\(host)"], body: change)) }
        #expect(own.status == 200, "\(own)")
        #expect(await sandbox.faults().failNext == 3)
    }

    @Test func submissionsMatchTheMediaTypeExactly() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let token = try await tokenFor(h)
        let body = String(decoding: JSONWriter.bytes(Seeds.smallBatch(id: "MT-1", assets: [])), as: UTF8.self)
        let url = h.sandbox.baseURL + APIPaths.standard.batch
        for type in ["application/jsonx", "application/json-seq", "text/json", "application/x-json", nil] as [String?] {
            var headers = ["Authorization": "Bearer " + token]
            if let type { headers["Content-Type"] = type }
            let answer = try await RawHTTP.send("POST", url, headers: headers, body: Array(body.utf8))
            #expect(answer.status == 415, "\(type ?? "none"): \(answer.text)")
        }
        for type in ["application/json", "Application/JSON; charset=utf-8", "application/json ;charset=UTF-8"] {
            let answer = try await RawHTTP.send("POST", url, headers: ["Authorization": "Bearer " + token, "Content-Type": type], body: Array(body.utf8))
            #expect(answer.status == 201, "\(type): \(answer.text)")
        }
    }

    @Test func theStoresXMLErrorEscapesWhatTheRequestSent() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let response = try await h.client.submit(Seeds.smallBatch(id: "XML-1", assets: [("XML-1-a", .pdf)]), as: .batch)
        let link = try #require(response.assetUploads?.first?.url)
        let answer = try await RawHTTP.send("PUT", link, headers: ["Content-Type": "text/plain\"><script>alert(1)</script>&"], body: [1, 2, 3])
        #expect(answer.status == 403)
        #expect(!answer.text.contains("<script>") && answer.text.contains("&lt;script&gt;") && answer.text.contains("&amp;"), "\(answer.text)")
    }

    @Test func theFaultHintIsGivenForUnderscoreNamesToo() {
        var faults = SandboxFaults()
        for name in ["fail_next", "fail-next", "error_rate", "drop_upload_rate"] {
            do {
                try faults.set(name, .string("many"))
                Issue.record("\(name) took a bad value")
            } catch {
                #expect(!error.description.hasSuffix("; "), "\(error.description)")
                #expect(error.description.contains(SandboxFaults.names.first { $0.name == name.replacingOccurrences(of: "_", with: "-") }?.value ?? "?"))
            }
        }
    }

    func tokenFor(_ h: Harness) async throws -> String {
        let form = PercentEncoding.form([("grant_type", "client_credentials"), ("client_id", h.sandbox.clientID),
                                         ("client_secret", h.sandbox.clientSecret.reveal())])
        let answer = try await RawHTTP.send("POST", h.sandbox.baseURL + APIPaths.standard.token,
                                            headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Array(form.utf8))
        return try #require(try JSONParser.parse(answer.body)["access_token"]?.stringValue)
    }
}
