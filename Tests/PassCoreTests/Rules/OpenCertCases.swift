@testable import PassCore

/// A single request's OpenCert document, checked offline: integrity,
/// malformed documents, a missing signature, another recipient.
extension RuleCase {
    /// The fixture's JSON, changed at `path` (nil leaves it as it is).
    static func certificate(_ name: String, _ path: String? = nil, _ value: JSONValue? = nil) -> JSONValue {
        guard var document = try? OpenCertFixtures.value(name) else { return .string("fixture \(name) is missing") }
        if let path, let parsed = JSONPath(parsing: path) { _ = document.set(value, at: parsed) }
        return .string(String(decoding: JavaScriptJSON.stringify(document), as: UTF8.self))
    }

    static func asOpenCert(_ document: JSONValue, fullName: String = "John Doe") -> [Edit] {
        [.set("$.document_type", "open_cert"), .set("$.data.document", document), .set("\(credential).full_name", .string(fullName))]
    }

    static let openCert: [RuleCase] = [
        .init("a tampered OpenCert", .microcredential,
              asOpenCert(certificate("john-doe-wrapped", "$.data.transcript[0].grade", "39fef62e-1afc-4c7c-9d42-7ec017ab8967:string:Distinction")),
              expect: [.init(.openCertIntegrity, "$.data.document")],
              neighbour: asOpenCert(certificate("john-doe-wrapped"))),
        .init("an OpenCert with a field removed", .microcredential,
              asOpenCert(certificate("john-doe-wrapped", "$.data.recipient.nric", nil)),
              expect: [.init(.openCertIntegrity, "$.data.document")],
              neighbour: asOpenCert(certificate("john-doe-obfuscated"))),
        .init("an OpenCert with another merkle root", .microcredential,
              asOpenCert(certificate("john-doe-wrapped", "$.signature.merkleRoot", "c16a56c5f0bf0e985f731816635fa772ca921a68848090a49cbe10c7a55d521b")),
              expect: [.init(.openCertIntegrity, "$.data.document")],
              neighbour: asOpenCert(certificate("john-doe-alone"))),
        .init("an OpenCert whose data has a key with a dot", .microcredential,
              asOpenCert(certificate("john-doe-wrapped", "$.data.issuers[0].identityProof", ["dns.location": "example.com"])),
              expect: [.init(.openCertMalformed, "$.data.document")],
              neighbour: asOpenCert(certificate("john-doe-wrapped"))),
        .init("an OpenCert with an unknown signature type", .microcredential,
              asOpenCert(certificate("john-doe-wrapped", "$.signature.type", "SHA256MerkleProof")),
              expect: [.init(.openCertMalformed, "$.data.document")],
              neighbour: asOpenCert(certificate("john-doe-alone", "$.signature.proof", nil))),
        .init("an OpenCert without a signature", .microcredential,
              asOpenCert(certificate("john-doe-wrapped", "$.signature", nil)),
              expect: [.init(.openCertUnwrapped, "$.data.document", .warning)],
              neighbour: asOpenCert(certificate("john-doe-wrapped"))),
        .init("an OpenCert issued to someone else", .microcredential,
              asOpenCert(certificate("jane-roe-wrapped")),
              expect: [.init(.openCertRecipient, "$.data.document", .warning)],
              neighbour: asOpenCert(certificate("jane-roe-wrapped"), fullName: "  jane   ROE ")),
    ]
}
