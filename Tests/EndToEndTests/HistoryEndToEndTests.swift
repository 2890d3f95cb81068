import AsyncHTTPClient
import Foundation
import NIOCore
import TestSupport
import Testing

extension EndToEnd {
    /// The composer, its embedded sandbox and the history screen, driven in tmux: a request sent
    /// from the composer turns from incomplete to verified on the open history screen when the
    /// holder accepts it on the sandbox's page, with no key pressed.
    @Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
    struct HistoryEndToEndTests {
        static let payload = """
            {
              "credential_id": "E2E-HISTORY-0001",
              "digital_identity": {"credential_id": "E2E-HISTORY-0001-1", "fields": {"full_name": "Siti Rahma"}},
              "education_items": [],
              "microcredential_items": [
                {"credential_id": "E2E-HISTORY-0001-micro-1",
                 "fields": {"full_name": "Siti Rahma", "issuer_name": "Skill Test Provider",
                            "microcredential_name": "AI Essentials", "issue_date": "2024-04-30"}}
              ],
              "english_proficiency_items": []
            }
            """

        @Test func theHistoryScreenSeesTheHolderAcceptWhileItIsOpen() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seekpass-e2e-history-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("batch.json")
            try Self.payload.write(to: file, atomically: true, encoding: .utf8)
            let id = "E2E-HISTORY-0001"

            let session = try TmuxSession(command: "\(TmuxSession.quote(TmuxSession.binary)) \(TmuxSession.quote(file.path)) --status-interval 1",
                                          width: 200, height: 40)
            defer { session.close() }
            try await session.waitFor("ready to send")
            try session.send("F10")
            try await session.waitFor("Ready: Enter sends")
            try session.send("Enter")
            try await session.waitFor("Hand this link to the holder")

            try session.send("h")
            let waiting = try await session.waitUntil("the request, incomplete") { screen in
                screen.contains("Sent requests (1)") && (Self.row(id, in: screen)?.contains("incomplete") ?? false)
            }
            #expect(waiting.contains("Expires  in 47 h 59 min (48 h after sending, the partner documentation's rule)")
                    || waiting.contains("Expires  in 48 h (48 h after sending, the partner documentation's rule)"), "\(waiting)")
            // The holder opens the link on screen and presses Accept: a GET of the page, then its form's POST.
            let link = try #require(Self.link(in: waiting), "a link on screen:\n\(waiting)")
            try session.resize(width: 120, height: 34)
            try await session.waitUntil("the narrower screen") { screen in
                screen.split(separator: "\n").allSatisfy { $0.count <= 120 } && screen.contains("Sent requests (1)")
            }
            let page = String(link[..<(link.firstIndex(of: "#") ?? link.endIndex)])
            let content = try #require(link.split(separator: "&").first { $0.hasPrefix("content=") }?.dropFirst("content=".count))
            #expect(!content.isEmpty)
            let get = try await Self.send("GET", page + "?content=\(content)")
            #expect(get.status == 200 && get.text.contains("<form") && get.text.contains("Accept"), "\(get.status) \(get.text.prefix(300))")
            let post = try await Self.send("POST", page, form: "content=\(content)&decision=accept")
            // The sandbox answers 303 back to the page.
            #expect(post.status == 303, "\(post.status) \(post.text.prefix(300))")

            // No key: the screen's own refresh finds it.
            let verified = try await session.waitUntil("the request, verified") { screen in
                Self.row(id, in: screen)?.contains("verified") ?? false
            }
            #expect(verified.contains("verified: the holder accepted it at "))
            #expect(!verified.contains("Expires "))

            try session.send("C-q")
            #expect(try await session.exitCode() == 0)
        }

        /// The list row of `id`.
        static func row(_ id: String, in screen: String) -> String? {
            screen.split(separator: "\n").first { $0.contains(id) && !$0.contains("┌") && !$0.hasPrefix("http") }.map(String.init)
        }

        /// The redirect URI under the details: whole, from the first column (one row at this width).
        static func link(in screen: String) -> String? {
            screen.split(separator: "\n").first { $0.hasPrefix("http://") }
                .map { String($0.prefix { !$0.isWhitespace }) }
        }

        struct Answer {
            var status: Int
            var text: String
        }

        static func send(_ method: String, _ url: String, form: String? = nil) async throws -> Answer {
            var request = HTTPClientRequest(url: url)
            request.method = .init(rawValue: method)
            if let form {
                request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                request.body = .bytes(ByteBuffer(string: form))
            }
            // As a browser's first answer: a redirect is not followed, so the test sees the 303.
            let client = HTTPClient(eventLoopGroupProvider: .singleton,
                                    configuration: .init(redirectConfiguration: .disallow))
            defer { _ = client.shutdown() }
            let response = try await client.execute(request, timeout: .seconds(120))
            let body = try await response.body.collect(upTo: 1 << 20)
            return Answer(status: Int(response.status.code), text: String(buffer: body))
        }
    }
}
