import Foundation
import PassCore
import TestSupport
import Testing

/// The built program against a partner API gone bad: nothing it prints
/// reaches the terminal raw, no secret is echoed, a trickled answer meets
/// the deadline, a huge 4xx is not resent, and look-alike loopback hosts
/// are refused before any connection.
@Suite struct ScriptedServerTests {
    /// ESC, OSC 52 (writes the clipboard), CSI, BEL, C1, bidi and a newline that would forge a line.
    static let payload = "\u{1B}]52;c;SGFja2Vk\u{07}\u{1B}[2J\u{9B}31m\u{9D}0;t\u{9C}\u{202E}\u{2066}\u{7F}\nFORGED LINE"

    static func errors(_ message: String) -> [UInt8] {
        ErrorBody.body([(JSONPath.root.appending("education_items").appending(0), message), (.root, message)])
    }

    static func json(_ status: Int, _ body: [UInt8]) -> ScriptedServer.Answer {
        .answer(status: status, headers: [("Content-Type", "application/json")], body: body)
    }

    /// A token-shaped value made at run time, never a fixture.
    static func token() -> String { "statictoken-" + UUID().uuidString.lowercased() }

    let run: BinaryRun
    let payloadFile: String

    init() throws {
        run = try BinaryRun()
        payloadFile = try run.home.write("batch.json", JSONWriter.bytes(Seeds.smallBatch(id: "HOSTILE-1", assets: [])))
    }

    func submit(to server: ScriptedServer, token: String, timeout: Int = 60, json: Bool = false) async throws -> BinaryRun.Result {
        try run.profile("hostile", ["url = \"\(server.baseURL)\"", "max_attempts = 1", "request_timeout = \(timeout)"])
        return try await run.run(["submit", payloadFile, "--profile", "hostile"] + (json ? ["--json"] : []), env: ["ACCESS_TOKEN": token])
    }

    @Test(arguments: [400, 401, 403, 404, 409, 422, 500])
    func escapesInAnErrorAnswerAreShownNotSent(_ status: Int) async throws {
        defer { run.remove() }
        let server = try ScriptedServer { _ in Self.json(status, Self.errors(Self.payload)) }
        defer { server.stop() }
        let r = try await submit(to: server, token: Self.token())
        #expect(r.status != 0)
        #expect(RawControls.find(in: r.both).isEmpty, "\(r)")
        #expect(r.err.contains("␛]52;c;SGFja2Vk␇␛[2J"), "\(r)")
        #expect(!r.both.contains("\nFORGED LINE"), "a newline of the server's stays on its line: \(r)")
    }

    @Test func aNonJSONErrorPageWithEscapesIsShownVisibly() async throws {
        defer { run.remove() }
        let server = try ScriptedServer { _ in
            .answer(status: 404, headers: [("Content-Type", "text/html")], body: Array("<h1>\(Self.payload)</h1>".utf8))
        }
        defer { server.stop() }
        let r = try await submit(to: server, token: Self.token())
        #expect(r.status == 3 || r.status == 1 || r.status == 2)
        #expect(RawControls.find(in: r.both).isEmpty, "\(r)")
    }

    @Test func anEchoedAuthorizationHeaderIsRedactedWhereverItComesBack() async throws {
        defer { run.remove() }
        let token = Self.token()
        let server = try ScriptedServer { request in
            let echoed = request.headers["authorization"] ?? ""
            let bare = echoed.replacingOccurrences(of: "Bearer ", with: "")
            return Self.json(400, ErrorBody.body([(.root, "you sent \(echoed)"), (.root, "raw: \(bare)!"), (.root, "x=\(bare)&")]))
        }
        defer { server.stop() }
        let r = try await submit(to: server, token: token)
        #expect(r.status == 1, "\(r)")
        #expect(server.requests.first?.headers["authorization"] == "Bearer \(token)", "the token was sent")
        #expect(!r.both.contains(token), "\(r)")
        #expect(r.err.contains("<redacted>"))
        let log = (try? String(contentsOfFile: AppPaths.resolve(environment: run.environment).logFile, encoding: .utf8)) ?? ""
        #expect(log.contains("POST "), "the request was logged")
        #expect(!log.contains(token))
    }

    @Test func aRedirectURIAndAssetIDsFromTheServerAreShownVisiblyAndWithoutTheToken() async throws {
        defer { run.remove() }
        let token = Self.token()
        let server = try ScriptedServer { _ in
            Self.json(201, JSONWriter.bytes([
                "redirect_uri": .string("https://pass.example/add#content=\(Self.payload)&t=\(token)"),
                "asset_uploads": [["asset_id": .string("evil\(Self.payload)"), "url": "https://store.example/x?X-Amz-Signature=abc"]],
            ]))
        }
        defer { server.stop() }
        let r = try await submit(to: server, token: token)
        #expect(RawControls.find(in: r.both).isEmpty, "\(r)")
        #expect(!r.both.contains(token), "\(r)")
        let last = r.out.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(last.count == 1 && last[0].hasPrefix("https://pass.example/add#content=␛]52"), "one line on stdout: \(r)")
        let json = try await submit(to: server, token: token, json: true)
        #expect(RawControls.find(in: json.both).isEmpty, "\(json)")
        #expect(try JSONParser.parse(json.out)["redirect_uri"]?.stringValue?.contains("\u{1B}]52") == true, "the JSON keeps the value, escaped")
    }

    @Test func aTrickledAnswerMeetsTheRequestDeadline() async throws {
        defer { run.remove() }
        let server = try ScriptedServer { _ in .trickle(status: 201, body: Array(repeating: 0x20, count: 100_000), interval: .seconds(2)) }
        defer { server.stop() }
        let r = try await submit(to: server, token: Self.token(), timeout: 2)
        #expect(r.status == 3, "\(r)")
        #expect(r.err.contains("the server did not finish answering within 2 s (request_timeout)"), "\(r)")
    }

    @Test func aHugeClientErrorIsReadInPartAndNeverResent() async throws {
        defer { run.remove() }
        let huge = ErrorBody.body([(.root, "too big " + String(repeating: "x", count: 3 << 20))])
        let server = try ScriptedServer { _ in Self.json(400, huge) }
        defer { server.stop() }
        try run.profile("hostile", ["url = \"\(server.baseURL)\"", "max_attempts = 4"])
        let r = try await run.run(["submit", payloadFile, "--profile", "hostile"], env: ["ACCESS_TOKEN": Self.token()])
        #expect(r.status == 1, "\(r)")
        #expect(server.requests.count == 1, "a 4xx is definite: sent once, \(server.requests.count) times here")
        #expect(r.err.utf8.count < 64 * 1024, "the message is a summary, not the body")
    }

    @Test func statusShowsTheServersIdsVisiblyOnTheirRows() async throws {
        defer { run.remove() }
        let server = try ScriptedServer { _ in
            Self.json(200, JSONWriter.bytes(["credentials": [
                ["id": .string("ID-1\(Self.payload)"), "status": "verified", "finalized_at": .string("2026\(Self.payload)")],
            ]]))
        }
        defer { server.stop() }
        try run.profile("hostile", ["url = \"\(server.baseURL)\"", "max_attempts = 1"])
        let r = try await run.run(["status", "ID-1\(Self.payload)", "--profile", "hostile"], env: ["ACCESS_TOKEN": Self.token()])
        #expect(RawControls.find(in: r.both).isEmpty, "\(r)")
        #expect(r.out.split(separator: "\n").count == 2, "a header and one row: \(r)")
    }

    @Test func theTokenEndpointsErrorsAreShownVisiblyWithoutTheSecret() async throws {
        defer { run.remove() }
        let secret = "client-secret-" + UUID().uuidString
        let server = try ScriptedServer { request in
            Self.json(401, JSONWriter.bytes(["error": .string("invalid_client\(Self.payload)"),
                                             "error_description": .string("you sent \(request.text) \(Self.payload)")]))
        }
        defer { server.stop() }
        try run.profile("hostile", ["url = \"\(server.baseURL)\"", "max_attempts = 1", "client_id = \"c\""])
        let r = try await run.run(["submit", payloadFile, "--profile", "hostile"], env: ["SEEK_PASS_CLIENT_SECRET": secret])
        #expect(r.status != 0)
        #expect(server.requests.first?.path.hasSuffix("token.json") == true)
        #expect(RawControls.find(in: r.both).isEmpty, "\(r)")
        #expect(!r.both.contains(secret), "\(r)")
    }

    @Test(arguments: ["http://127.+0.+0.+1:PORT/", "http://127.-0.0.1:PORT/", "http://127.0.0.01:PORT/", "http://127.1:PORT/",
                      "http://0x7f.0.0.1:PORT/", "http://localhost.:PORT/"])
    func lookAlikeLoopbackHostsAreRefusedBeforeAnyConnection(_ template: String) async throws {
        defer { run.remove() }
        let server = try ScriptedServer { _ in Self.json(201, JSONWriter.bytes(["redirect_uri": "https://x"])) }
        defer { server.stop() }
        let url = template.replacingOccurrences(of: "PORT", with: String(server.port))
        let r = try await run.run(["submit", payloadFile, "--url", url], env: ["ACCESS_TOKEN": Self.token()])
        #expect(r.status == 2, "\(r)")
        #expect(r.err.contains("not a loopback address written plainly") && r.err.contains("use https://"), "\(r)")
        #expect(server.requests.isEmpty)
        let plain = try await run.run(["submit", payloadFile, "--url", server.baseURL], env: ["ACCESS_TOKEN": Self.token()])
        #expect(plain.status == 0, "the plain form works: \(plain)")
    }
}
