import Foundation
import PassCore
import PassSandbox
import Testing

/// The wrapped OpenCerts the PassCore tests use (Tests/PassCoreTests/Fixtures/opencert).
enum OpenCerts {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PassCoreTests/Fixtures/opencert")

    static func intact() throws -> JSONValue {
        try JSONParser.parse(Array(try Data(contentsOf: folder.appendingPathComponent("john-doe-wrapped.json"))))
    }

    /// John Doe's certificate with its grade edited after it was issued.
    static func tampered() throws -> JSONValue {
        var document = try intact()
        _ = document.set("39fef62e-1afc-4c7c-9d42-7ec017ab8967:string:Distinction",
                         at: try #require(JSONPath(parsing: "$.data.transcript[0].grade")))
        return document
    }

    static func single(_ document: JSONValue) -> JSONValue {
        [
            "id": .string("OC-\(UUID().uuidString)"),
            "credential_type": "microcredential",
            "document_type": "open_cert",
            "data": [
                "credential": ["full_name": "John Doe", "issuer_name": "ExampleProvider",
                               "microcredential_name": "Skill Test #2", "issue_date": "2024-08-31"],
                "document": .string(String(decoding: JavaScriptJSON.stringify(document), as: UTF8.self)),
            ],
        ]
    }
}

/// The sandbox checks an OpenCert with the same PassCore rules as the client.
struct OpenCertSandboxTests {
    @Test func theSandboxRefusesATamperedDocumentAndTakesTheIntactOne() async throws {
        let harness = try await Harness.start()
        defer { Task { await harness.stop() } }
        let tampered = JSONWriter.bytes(OpenCerts.single(try OpenCerts.tampered()))
        do {
            // The body as it is, past the client's own check: the sandbox must refuse it by itself.
            _ = try await harness.client.submit(kind: .microcredential, body: tampered)
            Issue.record("the sandbox accepted a tampered OpenCert")
        } catch {
            guard case .rejected(let status, let findings) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(status == 400)
            #expect(findings.map(\.path.description) == ["$.data.document"])
            #expect(findings.first?.message.contains("was changed after it was issued") == true, "\(findings)")
        }
        #expect(await harness.sandbox.requests().isEmpty)
        let intact = OpenCerts.single(try OpenCerts.intact())
        let response = try await harness.client.submit(intact, as: .microcredential)
        #expect(response.redirectURI.contains("/partner/add/microcredential"))
    }
}

extension CommandTests {
    /// A batch of John Doe's with one OpenCert asset, and the file for it.
    func openCertBatch(_ document: JSONValue) throws -> (payload: String, asset: String, file: String) {
        var batch = Seeds.smallBatch(id: "OC-1", assets: [("OC-1-micro-1-asset", .openCert)])
        _ = batch.set("John Doe", at: try #require(JSONPath(parsing: "$.digital_identity.fields.full_name")))
        _ = batch.set("John Doe", at: try #require(JSONPath(parsing: "$.microcredential_items[0].fields.full_name")))
        let payload = try home.write("batch.json", JSONWriter.bytes(batch))
        let file = try home.write("certificate.opencert", JSONWriter.bytes(document))
        return (payload, "OC-1-micro-1-asset=\(file)", file)
    }

    @Test func submitRefusesATamperedOpenCertFileBeforeSendingAnything() async throws {
        defer { home.remove() }
        let sandbox = try await SandboxServer.start()
        defer { Task { await sandbox.stop() } }
        let env = ["SEEK_PASS_CLIENT_ID": sandbox.clientID, "SEEK_PASS_CLIENT_SECRET": sandbox.clientSecret.reveal()]
        let (payload, asset, file) = try openCertBatch(try OpenCerts.tampered())

        let r = try await run(["submit", payload, "--asset", asset, "--sandbox-url", sandbox.baseURL], env: env)

        #expect(r.status == 1, "\(r.err)")
        let line = try #require(r.err.split(separator: "\n").first { $0.contains("opencert") }.map(String.init))
        #expect(line.hasPrefix("$.microcredential_items[0].assets[0]: \(file): the OpenCert was changed after it was issued"), "\(line)")
        #expect(line.hasSuffix("(opencert.integrity)"), "\(line)")
        #expect(r.err.contains("nothing sent"))
        let calls = await sandbox.calls()
        #expect(calls.isEmpty, "no token asked, nothing submitted: \(calls)")

        // The certificate as issued goes through, file and all.
        let (_, intactAsset, _) = try openCertBatch(try OpenCerts.intact())
        let ok = try await run(["submit", payload, "--asset", intactAsset, "--sandbox-url", sandbox.baseURL], env: env)
        #expect(ok.status == 0, "\(ok.err)")
        #expect(!ok.err.contains("(opencert."), "\(ok.err)")
        #expect(await sandbox.request("OC-1")?.assets.first?.upload != nil)
    }
}
