import Foundation
import Logging
import PassCore
import PassSandbox
import TestSupport
import Testing

/// Authentication, retries and definite answers, over loopback.
@Suite struct AuthRetryTests {
    @Test func aRevokedTokenIsRefreshedOnceAndTheRequestRetried() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        _ = try await h.client.submit(Seeds.smallBatch(id: "T-1", assets: []), as: .batch)
        #expect(await h.sandbox.calls()["token"] == 1)
        await h.sandbox.revokeTokens()

        _ = try await h.client.submit(Seeds.smallBatch(id: "T-2", assets: []), as: .batch)

        let calls = await h.sandbox.calls()
        #expect(calls["token"] == 2)
        #expect(calls["submit"] == 3)  // T-1, T-2 refused with 401, T-2 again
        #expect(h.sleeper.waits.isEmpty)
        #expect(await h.sandbox.request("T-2") != nil)
    }

    @Test func aCachedTokenIsReusedAcrossCalls() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        for i in 1...3 { _ = try await h.client.submit(Seeds.smallBatch(id: "C-\(i)", assets: []), as: .batch) }
        #expect(await h.sandbox.calls()["token"] == 1)
    }

    @Test func aWrongSecretIsUnauthorisedWithoutSayingTheSecret() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let wrong = Secret(SandboxOptions.randomToken(bytes: 16))
        let endpoint = try Endpoint(baseURL: h.sandbox.baseURL, authentication: .clientCredentials(
            .init(tokenURL: h.sandbox.baseURL + APIPaths.standard.token, clientID: h.sandbox.clientID, clientSecret: wrong)))
        let client = PassClient(endpoint: endpoint, sleeper: h.sleeper)
        await #expect {
            _ = try await client.submit(Seeds.smallBatch(id: "W-1", assets: []), as: .batch)
        } throws: { error in
            guard case ClientError.unauthorized(let text) = error else { return false }
            return text.contains("invalid_client") && !text.contains(wrong.reveal())
        }
        #expect(await h.sandbox.calls()["submit"] == nil)
    }

    @Test func aGivenTokenThatExpiredIsNotRetried() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let endpoint = try Endpoint(baseURL: h.sandbox.baseURL, authentication: .token(Secret("not-a-valid-token-\(UUID())")))
        let client = PassClient(endpoint: endpoint, sleeper: h.sleeper)
        await #expect {
            _ = try await client.submit(Seeds.smallBatch(id: "G-1", assets: []), as: .batch)
        } throws: { error in
            guard case ClientError.unauthorized(let text) = error else { return false }
            return text.contains("cannot be refreshed")
        }
        #expect(await h.sandbox.calls()["submit"] == 1)
    }

    @Test func injected503sAreRetriedHonouringRetryAfter() async throws {
        var options = SandboxOptions()
        options.faults.failNext = 2
        options.faults.retryAfterSeconds = 7
        let h = try await Harness.start(options: options)
        defer { Task { await h.stop() } }

        let response = try await h.client.submit(Seeds.smallBatch(id: "R-1", assets: []), as: .batch)

        #expect(response.redirectURI.contains("content="))
        // Two 503s: the token call and the first submission; each waited Retry-After.
        #expect(h.sleeper.waits == [.seconds(7), .seconds(7)])
        #expect(await h.sandbox.request("R-1") != nil)
    }

    @Test func retriesAreBoundedAndTheLastCauseIsKept() async throws {
        var options = SandboxOptions()
        options.faults.failNext = 100
        let h = try await Harness.start(options: options)
        defer { Task { await h.stop() } }
        let endpoint = try h.sandbox.endpoint()
        let client = PassClient(endpoint: endpoint, sleeper: h.sleeper, jitter: { 0.5 })
        await #expect {
            _ = try await client.submit(Seeds.smallBatch(id: "B-1", assets: []), as: .batch)
        } throws: { error in
            guard case ClientError.remote(let attempts, let cause) = error else { return false }
            return attempts == RetryPolicy.standard.maxAttempts && cause.contains("503")
        }
        #expect(await h.sandbox.calls()["token"] == RetryPolicy.standard.maxAttempts)
        // Exponential backoff with jitter 0.5: 250 ms, 500 ms, 1 s.
        #expect(h.sleeper.waits == [.milliseconds(250), .milliseconds(500), .seconds(1)])
    }

    @Test func aDefiniteRefusalIsNeverResentAndCarriesTheServersPaths() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        var batch = Seeds.smallBatch(id: "V-1", assets: [])
        batch.set("2024-02-30", at: JSONPath(parsing: "$.microcredential_items[0].fields.issue_date")!)

        await #expect {
            _ = try await h.client.submit(kind: .batch, body: CanonicalJSON.standard.body(batch, as: .batch))
        } throws: { error in
            guard let error = error as? ClientError, case .rejected(400, let findings) = error else { return false }
            return findings.contains { $0.path.description == "$.microcredential_items[0].fields.issue_date" && $0.rule == ErrorBody.rule }
        }
        #expect(await h.sandbox.calls()["submit"] == 1)
        #expect(h.sleeper.waits.isEmpty)
    }

    @Test func aTokenWithoutTheScopeIsForbidden() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        // A token for education only, used for a microcredential batch.
        let form = PercentEncoding.form([("grant_type", "client_credentials"), ("client_id", h.sandbox.clientID),
                                         ("client_secret", h.sandbox.clientSecret.reveal()), ("scope", "write.education")])
        let answer = try await RawHTTP.send("POST", h.sandbox.baseURL + APIPaths.standard.token,
                                            headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Array(form.utf8))
        let token = try #require(try JSONParser.parse(answer.body)["access_token"]?.stringValue)
        let client = PassClient(endpoint: try Endpoint(baseURL: h.sandbox.baseURL, authentication: .token(Secret(token))), sleeper: h.sleeper)
        await #expect {
            _ = try await client.submit(Seeds.smallBatch(id: "S-1", assets: []), as: .batch)
        } throws: { error in
            guard case ClientError.forbidden(let text) = error else { return false }
            return text.contains("write.microcredential")
        }
    }

    @Test func theSameBatchTwiceGetsTheSameRequest() async throws {
        let h = try await Harness.start()
        defer { Task { await h.stop() } }
        let batch = Seeds.smallBatch(id: "I-1", assets: [("I-1-a", .pdf)])
        let first = try await h.client.submit(batch, as: .batch)
        let second = try await h.client.submit(batch, as: .batch)
        #expect(first.redirectURI == second.redirectURI)
        #expect(await h.sandbox.requests().count == 1)
        // Fresh links each time, so a failed upload can be retried after a resubmission.
        #expect(first.assetUploads?.first?.url != second.assetUploads?.first?.url)
    }
}
