import Testing
@testable import PassCore

/// Integrity of wrapped OpenCerts: intact ones pass, any change to a
/// salted value, a removed or added field, or another merkle root fails.
struct OpenCertVerdictTests {
    @Test(arguments: ["john-doe-wrapped", "jane-roe-wrapped", "john-doe-alone", "john-doe-obfuscated"])
    func anIntactWrappedCertificatePasses(_ name: String) throws {
        let verdict = OpenCertVerdict(checking: try OpenCertFixtures.text(name))
        #expect(verdict.integrity == .intact)
        #expect(verdict.title == "Skill Test #2")
        #expect(!verdict.isBroken)
    }

    @Test func itsValuesAreShownUnsalted() throws {
        let verdict = OpenCertVerdict(checking: try OpenCertFixtures.text("john-doe-wrapped"))
        #expect(verdict.recipientName == "John Doe")
        #expect(verdict.version == "https://schema.openattestation.com/2.0/schema.json")
        #expect(SaltedValue.unsalted("95d4c7e2-f33c-4432-897e-f9677eb4d4cc:number:4") == "4")
        #expect(SaltedValue.unsalted("95d4c7e2-f33c-4432-897e-f9677eb4d4cc:string:a:b") == "a:b")
        #expect(SaltedValue.unsalted("95d4c7e2-f33c-4432-897e-f9677eb4d4cc:null:null") == "null")
        #expect(SaltedValue.unsalted("not salted: John") == "not salted: John")
        // Not a version-4 uuid: left as it is.
        #expect(SaltedValue.unsalted("95d4c7e2-f33c-1432-897e-f9677eb4d4cc:string:x") == "95d4c7e2-f33c-1432-897e-f9677eb4d4cc:string:x")
    }

    @Test func changingAnyOneSaltedValueBreaksTheTargetHash() throws {
        let document = try OpenCertFixtures.value("john-doe-wrapped")
        let paths = OpenCertFixtures.leafPaths(of: document)
        #expect(paths.count > 20)
        for path in paths {
            let old = document[path: path]?.stringValue ?? ""
            // The grade, the name, the salt: one character is enough.
            let edited = old.isEmpty ? JSONValue.string("x") : .string(String(old.dropLast()) + (old.last == "X" ? "Y" : "X"))
            let verdict = OpenCertVerdict(checking: OpenCertFixtures.changing(document, at: path, to: edited))
            #expect(verdict.integrity == .targetHashMismatch, "\(path)")
        }
    }

    @Test func unsaltingAValueBreaksItToo() throws {
        let document = try OpenCertFixtures.value("john-doe-wrapped")
        let grade = try #require(JSONPath(parsing: "$.data.transcript[0].grade"))
        let verdict = OpenCertVerdict(checking: OpenCertFixtures.changing(document, at: grade, to: "Pass"))
        #expect(verdict.integrity == .targetHashMismatch)
    }

    @Test func removingAnyFieldOrAddingOneBreaksTheTargetHash() throws {
        let document = try OpenCertFixtures.value("john-doe-wrapped")
        for path in OpenCertFixtures.leafPaths(of: document) {
            #expect(OpenCertVerdict(checking: OpenCertFixtures.changing(document, at: path, to: nil)).integrity == .targetHashMismatch,
                    "\(path)")
        }
        let added = OpenCertFixtures.changing(document, at: JSONPath.root.appending("data").appending("honours"),
                                              to: "3b7c1f0e-6a2d-4f1b-9c3e-2d4f5a6b7c8d:string:First Class")
        #expect(OpenCertVerdict(checking: added).integrity == .targetHashMismatch)
    }

    @Test func memberOrderAndLayoutDoNotMatter() throws {
        let document = try OpenCertFixtures.value("john-doe-wrapped")
        #expect(OpenCertVerdict(checking: CanonicalOrderTests.reversed(document)).integrity == .intact)
        #expect(OpenCertVerdict(checking: JavaScriptJSON.stringify(document)).integrity == .intact)
    }

    @Test func aWrongMerkleRootOrProofBreaksTheRoot() throws {
        let document = try OpenCertFixtures.value("john-doe-wrapped")
        let signature = JSONPath.root.appending("signature")
        let otherRoot = try OpenCertFixtures.value("john-doe-alone")[path: signature.appending("merkleRoot")]
        #expect(OpenCertVerdict(checking: OpenCertFixtures.changing(document, at: signature.appending("merkleRoot"), to: otherRoot))
            .integrity == .merkleRootMismatch)
        let proof = try #require(document[path: signature.appending("proof")]?.arrayValue)
        #expect(OpenCertVerdict(checking: OpenCertFixtures.changing(document, at: signature.appending("proof"), to: .array(Array(proof.reversed()))))
            .integrity == .merkleRootMismatch)
        #expect(OpenCertVerdict(checking: OpenCertFixtures.changing(document, at: signature.appending("proof"), to: [])).integrity
                == .merkleRootMismatch)
        // The target hash of another document of the batch: not this data's.
        let other = try OpenCertFixtures.value("jane-roe-wrapped")[path: signature.appending("targetHash")]
        #expect(OpenCertVerdict(checking: OpenCertFixtures.changing(document, at: signature.appending("targetHash"), to: other))
            .integrity == .targetHashMismatch)
    }

    @Test func obfuscatedFieldsStillVerifyAndAForgedObfuscationDoesNot() throws {
        let document = try OpenCertFixtures.value("john-doe-obfuscated")
        let verdict = OpenCertVerdict(checking: document)
        #expect(verdict.integrity == .intact)
        #expect(verdict.obfuscatedCount == 6)
        #expect(document[path: try #require(JSONPath(parsing: "$.data.recipient.nric"))] == nil)
        let list = try #require(JSONPath(parsing: "$.privacy.obfuscatedData"))
        var hashes = try #require(document[path: list]?.arrayValue)
        hashes.removeLast()
        #expect(OpenCertVerdict(checking: OpenCertFixtures.changing(document, at: list, to: .array(hashes))).integrity == .targetHashMismatch)
    }

    /// The limit of an offline check: data and signature replaced together
    /// are consistent. Only issuance (the merkle root in the issuer's
    /// document store) tells them apart, which is why every message says
    /// that issuance was not checked.
    @Test func aDocumentResignedWithItsOwnHashesIsConsistentOffline() throws {
        var document = try OpenCertFixtures.value("john-doe-alone")
        let name = try #require(JSONPath(parsing: "$.data.recipient.name"))
        _ = document.set("5ae7bdea-ddfb-4014-b9fe-87e6c4c4cf2e:string:Mallory", at: name)
        let data = try #require(document["data"]?.objectValue)
        let forged = JSONValue.string(try OpenAttestationDigest.targetHash(data: data))
        _ = document.set(forged, at: JSONPath.root.appending("signature").appending("targetHash"))
        _ = document.set(forged, at: JSONPath.root.appending("signature").appending("merkleRoot"))
        #expect(OpenCertVerdict(checking: document).integrity == .intact)
        #expect(OpenCertRules.checkedOffline.contains("issuance (the document store, DNS identity) was not"))
    }

    @Test(arguments: [
        (#"$.data.recipient"#, JSONValue.object(JSONObject([.init("first.name", "x")])), "the key \"first.name\""),
        (#"$.data"#, JSONValue.array([]), "its data is an array"),
        (#"$.signature.type"#, JSONValue.string("SHA256MerkleProof"), "is not SHA3MerkleProof"),
        (#"$.signature.targetHash"#, JSONValue.string("abc"), "targetHash is not a 64-digit hex hash"),
        (#"$.signature.merkleRoot"#, JSONValue.null, "merkleRoot is not a 64-digit hex hash"),
        (#"$.signature.proof"#, JSONValue.string("none"), "proof is a string"),
        (#"$.signature.proof[0]"#, JSONValue.number("1"), "proof[0] is not"),
        (#"$.signature"#, JSONValue.string("signed"), "its signature is a string"),
        (#"$.privacy"#, JSONValue.object(JSONObject([.init("obfuscatedData", ["zz"])])), "obfuscatedData[0] is not"),
    ])
    func malformedDocumentsSayWhy(path: String, value: JSONValue, reason: String) throws {
        let document = try OpenCertFixtures.value("john-doe-wrapped")
        let verdict = OpenCertVerdict(checking: OpenCertFixtures.changing(document, at: try #require(JSONPath(parsing: path)), to: value))
        guard case .malformed(let why) = verdict.integrity else {
            Issue.record("\(path): \(verdict.integrity)")
            return
        }
        #expect(why.contains(reason), "\(why)")
        #expect(verdict.isBroken)
    }

    @Test func aDocumentWithoutASignatureIsUnwrapped() throws {
        let path = try #require(JSONPath(parsing: "$.data.document"))
        let seed = try #require(try GoldenSampleTests.sampleValue("single-opencert")[path: path]?.stringValue)
        let verdict = OpenCertVerdict(checking: seed)
        #expect(verdict.integrity == .unwrapped)
        #expect(!verdict.isBroken)
        #expect(OpenCertVerdict(checking: "[1]").integrity == .notOpenCert("it is not a JSON object"))
        guard case .notOpenCert(let reason) = OpenCertVerdict(checking: "{").integrity else {
            Issue.record("\"{\" is an OpenCert")
            return
        }
        #expect(reason.hasPrefix("its text is not valid JSON (line 1, column "), "\(reason)")
        #expect(OpenCertVerdict(checking: #"{"data":{}}"#).integrity == .notOpenCert("it has no \"version\" naming its OpenAttestation schema"))
    }

    @Test func theSummarySaysWhatWasFound() throws {
        let john = OpenCertVerdict(checking: try OpenCertFixtures.text("john-doe-wrapped"))
        #expect(john.summary(holderName: "John Doe") == "OpenCert · intact · issued to John Doe · Skill Test #2")
        #expect(john.summary(holderName: "Jane Roe") == "OpenCert · intact · issued to John Doe, not Jane Roe · Skill Test #2")
        let hidden = OpenCertVerdict(checking: try OpenCertFixtures.text("john-doe-obfuscated"))
        #expect(hidden.summary(holderName: "John Doe") == "OpenCert · intact · issued to John Doe · Skill Test #2 · 6 values hidden")
        let seed = OpenCertVerdict(checking: #"{"version":"https://schema.openattestation.com/2.0/schema.json"}"#)
        #expect(seed.summary() == "OpenCert · unwrapped, integrity not checkable")
        // A document that fails is never labelled plainly "OpenCert".
        for integrity: OpenCertVerdict.Integrity in [.targetHashMismatch, .merkleRootMismatch, .malformed("x"), .notOpenCert("y")] {
            let text = OpenCertVerdict(integrity: integrity, recipientName: "John Doe", title: "Skill Test #2").summary()
            #expect(!text.hasPrefix("OpenCert"), "\(text)")
        }
        #expect(OpenCertVerdict(integrity: .targetHashMismatch).summary() == "Altered OpenCert · its data does not match its target hash")
    }
}
