import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// The holder's page over plain HTTP: its headers, its views, who owns a
/// link, and the status and file endpoints it uses.
@Suite struct HolderPageTests {
    private func header(_ answer: RawHTTP.Answer, _ name: String) -> String? {
        answer.headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    private func pageURL(_ redirect: String) -> String {
        let page = String(redirect[..<(redirect.firstIndex(of: "#") ?? redirect.endIndex)])
        return page + "?content=" + (redirect.fragmentContent ?? "")
    }

    /// Every `<script>` loads from the sandbox; no tag has an `on…=` handler
    /// or an inline style. (Text is escaped, so every `<` starts a real tag.)
    private func expectNoInlineCode(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let tags = html.lowercased().split(separator: "<").dropFirst().map { $0.prefix { $0 != ">" } }
        let scripts = tags.filter { $0.hasPrefix("script") }
        #expect(!scripts.isEmpty && scripts.allSatisfy { $0 == "script src=\"/_sandbox/holder/page.js\" defer" },
                "\(scripts)", sourceLocation: sourceLocation)
        #expect(!html.lowercased().contains("<script>"), sourceLocation: sourceLocation)
        for tag in tags {
            #expect(tag.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(tag)", sourceLocation: sourceLocation)
            #expect(!tag.contains(" style="), "\(tag)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyViewIsServedWithAPolicyThatAllowsOnlyTheSandboxAndNoInlineCode() async throws {
        try await HolderWorld.run { world in
            let outcome = try await world.submit(try HolderSamples.batch(holder: "<script>alert(1)</script> \" onload=\"x"), files: [:])
            let redirect = try #require(outcome.response?.redirectURI)
            let opening = try await RawHTTP.send("GET", String(redirect[..<(redirect.firstIndex(of: "#") ?? redirect.endIndex)]))
            let offer = try await RawHTTP.send("GET", pageURL(redirect))
            let unknown = try await RawHTTP.send("GET", pageURL(redirect).replacingOccurrences(of: "content=", with: "content=nope-"))
            #expect(opening.status == 200 && opening.text.contains("data-view=\"opening\""))
            #expect(offer.status == 200 && offer.text.contains("data-view=\"offer\""))
            #expect(unknown.status == 404 && unknown.text.contains("No such request"))
            for answer in [opening, offer, unknown] {
                let policy = try #require(header(answer, "Content-Security-Policy"))
                #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'") && policy.contains("connect-src 'self'"))
                #expect(!policy.contains("unsafe") && !policy.contains("http"), "only the sandbox itself: \(policy)")
                #expect(header(answer, "X-Content-Type-Options") == "nosniff")
                #expect(header(answer, "Content-Type") == "text/html; charset=utf-8")
                expectNoInlineCode(answer.text)
            }
            #expect(offer.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot; onload=&quot;x"))
            #expect(offer.text.contains("<title>Sandbox stand-in, not SEEK Pass: Add 10 credentials to your wallet</title>"))

            let script = try await RawHTTP.send("GET", world.sandbox.baseURL + "/_sandbox/holder/page.js")
            let style = try await RawHTTP.send("GET", world.sandbox.baseURL + "/_sandbox/holder/page.css")
            #expect(script.status == 200 && header(script, "Content-Type") == "text/javascript; charset=utf-8")
            #expect(style.status == 200 && header(style, "Content-Type") == "text/css; charset=utf-8")
            #expect(header(script, "X-Content-Type-Options") == "nosniff" && header(style, "X-Content-Type-Options") == "nosniff")
            #expect(!script.text.contains("innerHTML") && !script.text.contains("eval("), "the script writes text only")
            #expect(!style.text.contains("url(") && !style.text.contains("@import"), "nothing loads from elsewhere")
        }
    }

    @Test func onlyTheSandboxsRequestIDOpensThePageNotThePartnersIDs() async throws {
        try await HolderWorld.run { world in
            let batch = try HolderSamples.batch()
            let outcome = try await world.submit(batch, files: [:])
            let redirect = try #require(outcome.response?.redirectURI)
            let page = String(redirect[..<(redirect.firstIndex(of: "#") ?? redirect.endIndex)])
            for partnerID in [batch["credential_id"]?.stringValue, "\(batch["credential_id"]?.stringValue ?? "")-micro-1"] {
                let answer = try await RawHTTP.send("GET", page + "?content=" + (partnerID ?? ""))
                #expect(answer.status == 404 && !answer.text.contains("AI Essentials"))
                let status = try await RawHTTP.send("GET", world.sandbox.baseURL + "/_sandbox/holder/\(partnerID ?? "")/status.json")
                #expect(status.status == 404)
                let post = try await RawHTTP.send("POST", page, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                                  body: Array("content=\(partnerID ?? "")&decision=accept".utf8))
                #expect(post.status == 404)
            }
            #expect(try await world.client.status(id: batch["credential_id"]?.stringValue ?? "").status == .incomplete)
        }
    }

    @Test func theFirstVisitorWhoAcceptsOwnsTheLinkAndASecondIsToldItWasAlreadyAdded() async throws {
        try await HolderWorld.run { world in
            let outcome = try await world.submit(try HolderSamples.batch(), files: [:])
            let redirect = try #require(outcome.response?.redirectURI)
            let url = pageURL(redirect)
            let page = String(redirect[..<(redirect.firstIndex(of: "#") ?? redirect.endIndex)])
            let content = try #require(redirect.fragmentContent)

            let first = try await RawHTTP.send("GET", url)
            let cookie = try #require(header(first, "Set-Cookie")?.split(separator: ";").first.map(String.init))
            #expect(header(first, "Set-Cookie")?.contains("HttpOnly") == true)
            let accept = try await RawHTTP.send("POST", page, headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie],
                                                body: Array("content=\(content)&decision=accept".utf8))
            #expect(accept.status == 303)
            #expect(header(accept, "Location") == "/partner/add/batch?content=\(content)")
            let wallet = try await RawHTTP.send("GET", url, headers: ["Cookie": cookie])
            #expect(wallet.status == 200 && wallet.text.contains("data-view=\"wallet\"") && wallet.text.contains("Added to your wallet"))
            #expect(wallet.text.contains("AI Essentials"))

            let other = try await RawHTTP.send("GET", url)
            #expect(other.status == 409 && other.text.contains("data-view=\"already-added\""))
            #expect(!other.text.contains("AI Essentials"))
            // A second visitor's Decline changes nothing.
            let otherCookie = try #require(header(other, "Set-Cookie")?.split(separator: ";").first.map(String.init))
            let late = try await RawHTTP.send("POST", page, headers: ["Content-Type": "application/x-www-form-urlencoded", "Cookie": otherCookie],
                                              body: Array("content=\(content)&decision=decline".utf8))
            #expect(late.status == 303)
            #expect(try await world.client.status(id: outcome.historyEntry?.id ?? "").status == .verified)
            let bad = try await RawHTTP.send("POST", page, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                             body: Array("content=\(content)&decision=maybe".utf8))
            #expect(bad.status == 400)
        }
    }

    @Test func theStatusEndpointTellsTheStatusTheTimeLeftAndEachFile() async throws {
        try await HolderWorld.run(lifetime: .seconds(600)) { world in
            let batch = try HolderSamples.batch()
            let files = HolderSamples.files(for: batch)
            let ids = AssetDeclaration.all(in: batch, as: .batch).map(\.assetID)
            let outcome = try await world.submit(batch, files: files, only: [ids[1]])
            let content = try #require(outcome.response?.redirectURI.fragmentContent)
            let url = world.sandbox.baseURL + "/_sandbox/holder/\(content)/status.json"

            let answer = try await RawHTTP.send("GET", url)
            #expect(answer.status == 200 && header(answer, "Cache-Control") == "no-store")
            let value = try JSONParser.parse(answer.body)
            #expect(value["status"]?.stringValue == "incomplete")
            #expect(value["time_left"]?.stringValue == "in 10 min 0 s" || value["time_left"]?.stringValue == "in 9 min 59 s")
            let rows = value["files"]?.arrayValue ?? []
            #expect(rows.map { $0["asset_id"]?.stringValue } == ids.map(Optional.some))
            #expect(rows.map { $0["state"]?.stringValue } == ["waiting", "arrived", "waiting", "waiting"])
            #expect(rows[1]["href"]?.stringValue == "/_sandbox/holder/\(content)/files/\(ids[1])")
            #expect(value["files_summary"]?.stringValue == "1 of 4 files arrived")

            world.clock.advance(by: 601)
            let expired = try JSONParser.parse(try await RawHTTP.send("GET", url).body)
            #expect(expired["status"]?.stringValue == "canceled")
            #expect(expired["seconds_left"] == .number("0"))
        }
    }

    @Test func aFileLargerThanTheSandboxHoldsArrivesButIsNotOfferedForViewing() async throws {
        let clock = ManualClock(start: Date())
        var options = SandboxOptions()
        options.now = { clock.now }
        options.heldFileLimit = 4_000
        let h = try await Harness.start(options: options)
        defer { Task { await h.stop() } }
        let (response, results, _) = try await h.submitAndUpload(
            Seeds.smallBatch(id: "BIG-1", assets: [("big", .pdf), ("small", .pdf)]),
            files: ["big": (SampleFiles.pdf(size: 10_000), .pdf), "small": (SampleFiles.pdf(size: 1_000), .pdf)])
        #expect(results.allSatisfy { $0.arrived })
        let content = try #require(response.redirectURI.fragmentContent)
        let status = try JSONParser.parse(try await RawHTTP.send("GET", h.sandbox.baseURL + "/_sandbox/holder/\(content)/status.json").body)
        let rows = status["files"]?.arrayValue ?? []
        #expect(rows.map { $0["state"]?.stringValue } == ["arrived", "arrived"])
        #expect(rows[0]["href"] == .null && rows[0]["text"]?.stringValue?.contains("not kept for viewing") == true)
        #expect(rows[1]["href"]?.stringValue != nil)
        let big = try await RawHTTP.send("GET", h.sandbox.baseURL + "/_sandbox/holder/\(content)/files/big")
        #expect(big.status == 404 && big.text.contains("--keep-uploads"))
        let small = try await RawHTTP.send("GET", h.sandbox.baseURL + "/_sandbox/holder/\(content)/files/small")
        #expect(small.status == 200 && small.body.count == 1_009)
        let unknown = try await RawHTTP.send("GET", h.sandbox.baseURL + "/_sandbox/holder/\(content)/files/nope")
        #expect(unknown.status == 404)
    }
}
