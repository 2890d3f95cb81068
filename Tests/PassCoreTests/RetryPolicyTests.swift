import Foundation
import Testing
@testable import PassCore

struct RetryPolicyTests {
    @Test func backoffDoublesUpToTheCapWithFullJitter() {
        let policy = RetryPolicy(maxAttempts: 8, baseDelay: .seconds(1), maxDelay: .seconds(10))
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil, unit: 1) == .seconds(1))
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil, unit: 1) == .seconds(4))
        #expect(policy.delay(afterAttempt: 6, retryAfter: nil, unit: 1) == .seconds(10))
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil, unit: 0.25) == .seconds(1))
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil, unit: 0) == .zero)
    }

    @Test func retryAfterWinsAndIsCapped() {
        let policy = RetryPolicy(maxAttempts: 4, baseDelay: .seconds(1), maxDelay: .seconds(30))
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(7), unit: 0.1) == .seconds(7))
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(600), unit: 0.1) == .seconds(30))
    }

    @Test func parsesRetryAfterSecondsAndDates() throws {
        #expect(RetryPolicy.parseRetryAfter("120") == .seconds(120))
        let now = try #require(ISO8601DateFormatter().date(from: "2015-10-21T07:28:00Z"))
        #expect(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now: now) == .seconds(30))
        #expect(RetryPolicy.parseRetryAfter("soon") == nil)
        #expect(RetryPolicy.parseRetryAfter("-5") == nil)
    }

    @Test func presignedLinksTellTheirExpiry() throws {
        let v4 = "https://b.example/k?X-Amz-Date=20240101T000000Z&X-Amz-Expires=900&X-Amz-Signature=ab"
        #expect(PresignedURL.expiry(of: v4) == ISO8601DateFormatter().date(from: "2024-01-01T00:15:00Z"))
        #expect(PresignedURL.expiry(of: "https://b.example/k?Expires=1700000000&Signature=x") == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(PresignedURL.expiry(of: "https://b.example/k") == nil)
    }

    @Test func errorBodiesBecomeFindingsWithPaths() {
        let body = Array(#"{"errors":[{"path":"$.education_items[0].fields.course_name","message":"is required"},{"message":"whole"}]}"#.utf8)
        let findings = ErrorBody.findings(in: body)
        #expect(findings.map(\.path.description) == ["$.education_items[0].fields.course_name", "$"])
        #expect(findings.allSatisfy { $0.rule == ErrorBody.rule && $0.isError })
        #expect(ErrorBody.findings(in: Array(ErrorBody.body([(JSONPath.root.appending("x"), "m")]))).first?.message == "m")
        #expect(ErrorBody.findings(in: Array("<html>".utf8)).isEmpty)
    }

    @Test func scopesFollowTheSectionsABatchCarries() throws {
        let batch: JSONValue = [
            "credential_id": "b", "digital_identity": ["credential_id": "d", "fields": ["full_name": "N"]],
            "education_items": [], "microcredential_items": [["credential_id": "m"]], "english_proficiency_items": [],
            "career_history": ["credential_id": "c"],
        ]
        #expect(Scopes.required(for: batch, as: .batch) == ["write.career_history", "write.microcredential"])
        #expect(Scopes.required(for: [:], as: .microcredential) == ["write.microcredential"])
        #expect(Scopes.required(for: [:], as: .careerHistory) == ["write.career_history"])
    }

    @Test func statusPathsAreBuiltAndEncoded() {
        #expect(APIPaths.standard.status(id: "A B/1") == "/api/partner/v1/submissions/A%20B%2F1/status.json")
        #expect(APIPaths.standard.submit(.microcredential) == "/api/partner/v1/add/microcredential.json")
        #expect(PercentEncoding.decode("a%20b+c") == "a b c")
    }
}
