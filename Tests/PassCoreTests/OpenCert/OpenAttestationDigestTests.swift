import Testing
@testable import PassCore

/// The digest and merkle proof against the OpenAttestation project's
/// published vectors (its v2 digest and verify tests, and the wrapped
/// document of its "How does it work?" page).
struct OpenAttestationDigestTests {
    static let data = #"{"key1":"value1","key2":{"key2-1":"value2-1","key2-2":"value2-2","key2-3":["value2-3-1","value2-3-2","value2-3-3"]},"key3":["value3-1","value3-2"]}"#
    static let digest = "3826fcc2b0122a3555051a29b09b8cf5a6a8c776abf5da4e966ab92dbdbd518c"
    /// The hash of each leaf of `data`, in the order of its leaves.
    static let leafHashes = [
        "1549a7b5fac4126fa0fbdea8c156930790691317e30400feb76c0f5cec06b396",
        "bfde44f29cc03f4111c0e0dd5c9551705e9cfb03054e26e01f53c6dabff7aead",
        "877b54b204a759620fd386e531d9a017655377f3645117665409da3c7ff5a61a",
        "1cbeb0dc59c8e303b23bcfd5275211531348da401d971e120c0dded6fbc48c75",
        "433691731088b4455fb31dee9b75fed687fb3acf9886c1359e01d3df3d059990",
        "b75b6e1b511cae653f4bf5a8981e300a53b5e797f8de9ce0f4521d64d28a3e4e",
        "f290dec8eba6913285b09f712ea38e39da8ffdf1de9bf305b90d3b77ae77be96",
        "83cae3b56a3b5b874ddf7d9e237f8527791bde5459bd2d72529395782e6088d0",
    ]
    static let proof = ["46c732825d2111a7019929d7f21988081f88084bb05fd54ab4c1843b53cbe799",
                        "b1fee809d2803cbf7f63070eee763709eadca9abcaeab349b4c85a10bc48bc49"]
    static let merkleRoot = "c16a56c5f0bf0e985f731816635fa772ca921a68848090a49cbe10c7a55d521b"

    static func object(_ text: String) throws -> JSONObject { try #require(try JSONParser.parse(text).objectValue) }

    @Test func eachLeafIsHashedByItsDotPath() throws {
        let data = try Self.object(Self.data)
        #expect(try OpenAttestationDigest.leaves(of: data).map(\.path)
                == ["key1", "key2.key2-1", "key2.key2-2", "key2.key2-3.0", "key2.key2-3.1", "key2.key2-3.2", "key3.0", "key3.1"])
        #expect(try OpenAttestationDigest.leafHashes(of: data) == Self.leafHashes)
    }

    @Test func theDocumentDigest() throws {
        #expect(try OpenAttestationDigest.targetHash(data: try Self.object(Self.data)) == Self.digest)
    }

    @Test func obfuscatedValuesKeepTheDigest() throws {
        // key2-2 hidden: its hash stands in for it.
        let keyHidden = try Self.object(#"{"key1":"value1","key2":{"key2-1":"value2-1","key2-3":["value2-3-1","value2-3-2","value2-3-3"]},"key3":["value3-1","value3-2"]}"#)
        #expect(try OpenAttestationDigest.targetHash(data: keyHidden, obfuscated: [Self.leafHashes[2]]) == Self.digest)
        #expect(try OpenAttestationDigest.targetHash(data: keyHidden) != Self.digest)
        // Everything hidden.
        #expect(try OpenAttestationDigest.targetHash(data: JSONObject(), obfuscated: Self.leafHashes) == Self.digest)
        // Array elements hidden (the published case leaves holes): the others keep their indices' hashes.
        let visible: [(String, JSONValue)] = [("key1", "value1"), ("key2.key2-1", "value2-1"), ("key2.key2-3.0", "value2-3-1"),
                                              ("key2.key2-3.2", "value2-3-3"), ("key3.1", "value3-2")]
        let hidden = [Self.leafHashes[2], Self.leafHashes[4], Self.leafHashes[6]]
        #expect(visible.map { OpenAttestationDigest.leafHash(path: $0.0, value: $0.1) }.sorted()
                == Set(Self.leafHashes).subtracting(hidden).sorted())
    }

    @Test func aKeyWithADotIsRefused() throws {
        let shadowed = try Self.object(#"{"foo":{"bar":"qux"},"foo.bar":"asd"}"#)
        #expect(throws: OpenAttestationDigest.Problem.keyWithDot(key: "foo.bar")) {
            try OpenAttestationDigest.targetHash(data: shadowed)
        }
    }

    @Test func emptyObjectsAndArraysAreLeaves() throws {
        let data = try Self.object(#"{"a":{},"b":[],"c":{"d":[]}}"#)
        #expect(try OpenAttestationDigest.leaves(of: data).map(\.path) == ["a", "b", "c.d"])
        #expect(OpenAttestationDigest.leafHash(path: "a", value: .object(JSONObject())) == Keccak256.hex(Array(#"{"a":{}}"#.utf8)))
    }

    @Test func theMerkleProofFoldsToThePublishedRoot() throws {
        let target = try #require(MerkleProof.hash(hex: Self.digest))
        let proof = try Self.proof.map { try #require(MerkleProof.hash(hex: $0)) }
        #expect(Checksum.hex(MerkleProof.root(of: target, proof: proof)) == Self.merkleRoot)
        #expect(MerkleProof.root(of: target, proof: []) == target)
        var altered = proof
        altered[0][31] ^= 1
        #expect(Checksum.hex(MerkleProof.root(of: target, proof: altered)) != Self.merkleRoot)
        #expect(MerkleProof.hash(hex: String(Self.digest.dropLast())) == nil)
        #expect(MerkleProof.hash(hex: String(Self.digest.dropLast()) + "g") == nil)
        #expect(MerkleProof.hash(hex: Self.digest.uppercased()) == target)
    }

    /// The wrapped document of OpenAttestation's "How does it work?" page.
    static let billOfLading = #"""
    {
      "version": "https://schema.openattestation.com/2.0/schema.json",
      "data": {
        "name": "2f1a9924-bc38-455c-b39e-6420001ad67b:string:Maersk Bill of Lading",
        "issuers": [
          {
            "identityProof": {
              "type": "40caddff-5cd4-477d-adf4-48dcd0a2d761:string:DNS-TXT",
              "location": "c15358f4-f0dc-41c8-abfb-0d030aae3233:string:imaginative-amber-ferret.sandbox.openattestation.com"
            },
            "name": "0de92429-f8d3-47a0-868f-154227a66f40:string:DEMO STORE",
            "tokenRegistry": "89c1f33c-121d-4622-a561-12fb400f2f3f:string:0x8194648f40ED07F841fA357Bf52CBE8D6d7ce48D"
          }
        ]
      },
      "signature": {
        "type": "SHA3MerkleProof",
        "targetHash": "11d456db211d68cc8a6eac5e293422dec669b54812e4975497d7099467335987",
        "proof": [],
        "merkleRoot": "11d456db211d68cc8a6eac5e293422dec669b54812e4975497d7099467335987"
      }
    }
    """#

    @Test func thePublishedWrappedDocumentIsIntactWithAndWithoutItsName() throws {
        let verdict = OpenCertVerdict(checking: Self.billOfLading)
        #expect(verdict.integrity == .intact)
        #expect(verdict.title == "Maersk Bill of Lading")
        // Its page obfuscates `name`: the hash it publishes for it keeps the document intact.
        var value = try JSONParser.parse(Self.billOfLading)
        let name = try #require(JSONPath(parsing: "$.data.name"))
        _ = value.set(nil, at: name)
        _ = value.set(["obfuscatedData": ["9d22655fcee6bf3eb10ba280cfa40e662f004a819be0b64e2fe9d0cebba6788f"]],
                      at: JSONPath.root.appending("privacy"))
        let hidden = OpenCertVerdict(checking: value)
        #expect(hidden.integrity == .intact)
        #expect(hidden.title == nil && hidden.obfuscatedCount == 1)
    }
}
