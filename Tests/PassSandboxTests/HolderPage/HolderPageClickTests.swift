import ComposerKit
import Foundation
import PassCore
import PassSandbox
import TestSupport
import Testing

/// The holder clicks through the page in headless Chromium (WebDriver):
/// Accept and Decline change the status that the API and the composer's
/// history see; files update live; a second visitor is told it was taken.
@Suite(.serialized, .enabled(if: Chromium.isDriverAvailable, Comment(rawValue: Chromium.driverMissing)))
struct HolderPageClickTests {
    /// The view the page shows now (`offer`, `wallet`, …).
    private func view(_ browser: WebDriver) async throws -> String? {
        guard let main = try await browser.element("main#main") else { return nil }
        return try await browser.attribute("data-view", of: main)
    }

    @Test func acceptTurnsTheStatusVerifiedForTheAPIAndTheHistoryAndASecondVisitorIsToldItWasAdded() async throws {
        try await HolderWorld.run { world in
            let batch = try HolderSamples.batch()
            let id = try #require(batch["credential_id"]?.stringValue)
            let files = HolderSamples.files(for: batch)
            let ids = AssetDeclaration.all(in: batch, as: .batch).map(\.assetID)
            let outcome = try await world.submit(batch, files: files, only: Set(ids.dropFirst()))
            let redirect = try #require(outcome.response?.redirectURI)

            try await WebDriver.session { browser in
                try await browser.open(redirect)
                try await browser.wait(for: "the offer") { try await view(browser) == "offer" }
                #expect(try await browser.currentURL.contains("?content="), "the request id moved from the fragment to the query")

                // A file arriving while the page is open shows without a reload.
                _ = try await browser.run("window.seenBeforeUpload = true; return 1;")
                let row = try #require(try await browser.element("li.file[data-asset=\"\(ids[0])\"]"))
                #expect(try await browser.attribute("data-state", of: row) == "waiting")
                try await world.submit(batch, files: files, only: [ids[0]])
                try await browser.wait(for: "the file to show as arrived") {
                    try await browser.attribute("data-state", of: row) == "arrived"
                }
                #expect(try await browser.run("return window.seenBeforeUpload === true;") == .bool(true), "no reload")
                let sha = SampleFiles.sha256Hex(try #require(files[ids[0]]))
                let state = try #require(try await browser.element("li.file[data-asset=\"\(ids[0])\"] .file-state"))
                #expect(try await browser.text(state).contains("SHA-256 \(sha.prefix(12))"))
                let link = try #require(try await browser.element("li.file[data-asset=\"\(ids[0])\"] .file-open"))
                #expect(try await browser.attribute("hidden", of: link) == nil, "its link is shown")
                let summary = try #require(try await browser.element("#files-summary"))
                #expect(try await browser.text(summary) == "All 4 files arrived")

                // The time left comes from the sandbox's expiry (48 h).
                let left = try #require(try await browser.element("#time-left"))
                let leftText = try await browser.text(left)
                #expect(leftText.hasPrefix("in 47 h") || leftText.hasPrefix("in 48 h"), "\(leftText)")

                let accept = try #require(try await browser.element("button[name=decision][value=accept]"))
                #expect(try await browser.text(accept) == "Accept and add to wallet")
                try await browser.click(accept)
                try await browser.wait(for: "the wallet") { try await view(browser) == "wallet" }
                let lead = try #require(try await browser.element("p.lead"))
                #expect(try await browser.text(lead).contains("are now in the wallet of John Doe"))
                #expect(try await browser.elements("li.card").count == 10)
            }

            let status = try await world.client.status(id: id)
            #expect(status.status == .verified)
            #expect(status.finalizedAt != nil)
            guard case .verified? = try await world.historyVerdict(of: id) else {
                Issue.record("the history does not say verified")
                return
            }

            // A second visitor (a fresh browser profile) gets the "already added" page.
            let second = RenderedDOM(html: try await Chromium.dumpDOM(redirect))
            #expect(second.attribute("data-view", ofTagWith: "id=\"main\"") == "already-added")
            #expect(second.text.contains("Already added to a wallet"))
            #expect(!second.text.contains("John Doe"), "a second visitor sees nothing of the credentials")
            #expect(try await world.client.status(id: id).status == .verified)
        }
    }

    @Test func declineWithTheKeyboardTurnsTheStatusCanceledForTheAPIAndTheHistory() async throws {
        try await HolderWorld.run { world in
            let batch = try HolderSamples.batch()
            let id = try #require(batch["credential_id"]?.stringValue)
            let outcome = try await world.submit(batch, files: [:])
            let redirect = try #require(outcome.response?.redirectURI)

            try await WebDriver.session { browser in
                try await browser.open(redirect)
                try await browser.wait(for: "the offer") { try await view(browser) == "offer" }
                // Keyboard only: Tab to the Decline button, then Enter.
                var focused = ""
                for _ in 0..<200 where focused != "decline" {
                    try await browser.press(WebDriver.tab)
                    focused = try await browser.run("return document.activeElement && document.activeElement.value || '';").stringValue ?? ""
                }
                #expect(focused == "decline", "Decline can be reached with Tab")
                let label = try await browser.run("return document.activeElement.textContent;").stringValue
                #expect(label == "Decline")
                try await browser.press(WebDriver.enter)
                try await browser.wait(for: "the declined note") { try await view(browser) == "declined" }
                let heading = try #require(try await browser.element("h1"))
                #expect(try await browser.text(heading) == "You declined this request")
            }

            let status = try await world.client.status(id: id)
            #expect(status.status == .canceled)
            #expect(status.finalizedAt != nil)
            #expect(try await world.client.status(id: id + "-micro-1").status == .canceled, "its items too")
            guard case .canceled? = try await world.historyVerdict(of: id) else {
                Issue.record("the history does not say canceled")
                return
            }
            #expect(!(await world.sandbox.accept(id)), "a declined request cannot be accepted afterwards")
        }
    }

    @Test func theTimeLeftFollowsTheSandboxsExpiryAndTheOpenPageShowsWhenItExpires() async throws {
        try await HolderWorld.run(lifetime: .seconds(300)) { world in
            let outcome = try await world.submit(try HolderSamples.batch(), files: [:])
            let redirect = try #require(outcome.response?.redirectURI)
            try await WebDriver.session { browser in
                try await browser.open(redirect)
                try await browser.wait(for: "the offer") { try await view(browser) == "offer" }
                let left = try #require(try await browser.element("#time-left"))
                let leftText = try await browser.text(left)
                #expect(leftText.hasPrefix("in 4 min") || leftText == "in 5 min 0 s", "\(leftText)")
                world.clock.advance(by: 200)
                try await browser.wait(for: "the time left to follow the sandbox's clock") {
                    guard let left = try await browser.element("#time-left") else { return false }
                    return try await browser.text(left).hasPrefix("in 1 min")
                }
                world.clock.advance(by: 101)
                try await browser.wait(for: "the expired page") { try await view(browser) == "expired" }
                #expect(try await browser.element("button[value=accept]") == nil, "nothing left to accept")
            }
        }
    }

    @Test func anHTMLHolderNameRunsNoScriptInTheBrowser() async throws {
        try await HolderWorld.run { world in
            let name = "<img src=x onerror=alert(1)>"
            let outcome = try await world.submit(try HolderSamples.batch(holder: name), files: [:])
            let redirect = try #require(outcome.response?.redirectURI)
            try await WebDriver.session { browser in
                try await browser.open(redirect)
                try await browser.wait(for: "the offer") { try await view(browser) == "offer" }
                #expect(try await browser.elements("img").isEmpty)
                let holder = try #require(try await browser.element(".holder-name"))
                #expect(try await browser.text(holder) == name)
                #expect(try await browser.alertText() == nil, "no alert ran")
            }
        }
    }
}
