import Foundation
import Logging
import PassCore
import PassSandbox
import TestSupport
import Testing

/// What reaches the log file during a real exchange.
@Suite struct LogRedactionTests {
    @Test func theLogHoldsNoSecretTokenOrPresignedQuery() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let log = try #require(LogFile(path: folder.path + "/logs/test.log"))
        let logger = Logger(label: "seekpass.test") { label in RedactingLogHandler(label: label, file: log, level: .trace) }
        var options = SandboxOptions()
        options.faults.failNext = 1
        options.logger = logger
        let h = try await Harness.start(options: options, logger: logger)
        defer { Task { await h.stop() } }

        let (response, results, _) = try await h.submitAndUpload(Seeds.smallBatch(id: "LOG-1", assets: [("LOG-1-a", .pdf)]),
                                                                 files: ["LOG-1-a": (SampleFiles.pdf(), .pdf)])
        #expect(results.allSatisfy { $0.arrived })
        // Things a careless line could carry.
        let url = try #require(response.assetUploads?.first?.url)
        let signature = try #require(url.split(separator: "&").first { $0.hasPrefix("X-Amz-Signature=") }?.split(separator: "=").last)
        let token = try await RawHTTP.send("POST", h.sandbox.baseURL + APIPaths.standard.token,
            headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Array(PercentEncoding.form([("grant_type", "client_credentials"), ("client_id", h.sandbox.clientID),
                                              ("client_secret", h.sandbox.clientSecret.reveal())]).utf8))
        let accessToken = try #require(try JSONParser.parse(token.body)["access_token"]?.stringValue)
        logger.error("careless: Authorization: Bearer \(accessToken) to \(url)", metadata: ["authorization": "Bearer \(accessToken)"])
        logger.info("careless: client_secret=\(h.sandbox.clientSecret.reveal())")

        let text = String(decoding: try FileReader.read(log.path), as: UTF8.self)
        #expect(text.contains("PUT \(h.sandbox.baseURL)/_store/"))
        #expect(text.contains("HTTP 503"))
        #expect(!text.contains(h.sandbox.clientSecret.reveal()))
        #expect(!text.contains(accessToken))
        #expect(!text.contains(String(signature)))
        #expect(!text.contains("X-Amz-"))
        #expect(text.contains(Redaction.placeholder))
    }
}
