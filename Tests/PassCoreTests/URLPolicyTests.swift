import Testing
@testable import PassCore

/// Plain http only to loopback written so that no resolver can read it as
/// something else; everything else refused before any connection.
@Suite struct URLPolicyTests {
    static let accepted = [
        "http://127.0.0.1:8080", "http://127.0.0.1", "http://127.255.1.0:9/", "http://127.10.200.3:1/x",
        "http://localhost:8080", "http://LOCALHOST:8080", "http://[::1]:8080", "https://127.+0.+0.+1/", "https://example.com",
    ]

    static let refused = [
        "http://127.+0.+0.+1:9/", "http://127.-0.0.1:9/", "http://127.0.0.01:9/", "http://0127.0.0.1:9/",
        "http://127.1:9/", "http://127.0.1:9/", "http://0x7f.0.0.1:9/", "http://2130706433:9/", "http://127.0.0.256:9/",
        "http://127.0.0.1.:9/", "http://127.0.0.1.evil.example:9/", "http://localhost.:9/", "http://localhost.evil.example:9/",
        "http://[::ffff:127.0.0.1]:9/", "http://[0:0:0:0:0:0:0:1]:9/", "http://10.0.0.1:9/", "http://example.com/",
        "http://127.0.0.1%2eevil.example:9/", "http://127.0.0.1 :9/", "http://１２７.0.0.1:9/", "http://127。0。0。1:9/",
        "http://user@127.0.0.1.evil.example:9/", "http://127.0.0.1\u{1B}:9/",
    ]

    @Test(arguments: accepted)
    func loopbackWrittenPlainlyOrHTTPSIsAccepted(_ url: String) throws {
        try URLPolicy.check(url, role: "the base URL")
    }

    @Test(arguments: refused)
    func lookAlikeHostsAreRefusedSayingWhy(_ url: String) {
        #expect(throws: URLPolicy.Refusal.self) { try URLPolicy.check(url, role: "the base URL") }
        do {
            try URLPolicy.check(url, role: "the base URL")
        } catch {
            #expect(error.description.contains("127.0.0.1") || error.description.contains("absolute URL"), "\(error)")
            #expect(TextSanitizer.isPrintable(error.description) && !error.description.contains("\n"))
        }
    }

    @Test func listenAddressesAreTheSameFormsWithoutBrackets() {
        #expect(URLPolicy.isLoopbackAddress("127.0.0.1") && URLPolicy.isLoopbackAddress("::1") && URLPolicy.isLoopbackAddress("localhost"))
        #expect(!URLPolicy.isLoopbackAddress("[::1]") && !URLPolicy.isLoopbackAddress("127.+0.0.1") && !URLPolicy.isLoopbackAddress("0.0.0.0"))
        #expect(URLPolicy.isLoopback("[::1]"))
    }
}
