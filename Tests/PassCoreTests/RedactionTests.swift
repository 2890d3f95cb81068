import Foundation
import Testing
@testable import PassCore

struct RedactionTests {
    @Test func removesWhatLooksLikeASecret() {
        // A token shaped like a JWT, made here: header and claims as base64url JSON, a random signature.
        func base64url(_ text: String) -> String {
            Data(text.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        }
        let jwt = [base64url(#"{"alg":"HS256"}"#), base64url(#"{"sub":"\#(UUID().uuidString)"}"#),
                   base64url(UUID().uuidString)].joined(separator: ".")
        let cases: [(String, String)] = [
            ("Authorization: Bearer abc.def-123", "abc.def-123"),
            ("authorization=Basic dXNlcjpwYXNz", "dXNlcjpwYXNz"),
            ("grant_type=client_credentials&client_id=c&client_secret=hunter22xyz", "hunter22xyz"),
            (#"{"access_token": "tok-123456", "expires_in": 3600}"#, "tok-123456"),
            ("token \(jwt) used", jwt),
            ("PUT https://bucket.example/a.pdf?X-Amz-Signature=deadbeef&X-Amz-Expires=900 failed", "deadbeef"),
        ]
        for (text, secret) in cases {
            let redacted = Redaction.text(text)
            #expect(!redacted.contains(secret), "\(redacted)")
            #expect(redacted.contains(Redaction.placeholder))
        }
        #expect(Redaction.text("expires_in=3600 client_id=demo") == "expires_in=3600 client_id=demo")
    }

    @Test func registeredValuesAreRemovedAnywhere() {
        let value = "reg-" + String(UInt64.random(in: 1...UInt64.max))
        _ = Secret(value)
        #expect(Redaction.text("the value \(value) leaked") == "the value <redacted> leaked")
    }

    @Test func urlsLoseOnlyTheirQuery() {
        #expect(Redaction.url("https://h/p?a=1#frag") == "https://h/p?<redacted>#frag")
        #expect(Redaction.url("https://h/p") == "https://h/p")
        #expect(Redaction.text(Redaction.url("https://h/p?a=1")) == "https://h/p?<redacted>")
        #expect(Redaction.header("Authorization", "Bearer x") == Redaction.placeholder)
        #expect(Redaction.header("Content-Type", "application/pdf") == "application/pdf")
    }
}
