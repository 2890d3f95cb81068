/// What an offline check of an OpenCert (an OpenAttestation v2 document)
/// found: whether its data still matches its signature, and, for display,
/// whom and what it was issued for. Issuance (that the merkle root is in the
/// issuer's document store, that the issuer's DNS names it) needs the
/// network and is not checked.
public struct OpenCertVerdict: Sendable, Equatable {
    public enum Integrity: Sendable, Equatable {
        /// The target hash is the data's, and the proof leads to the merkle root.
        case intact
        /// No `signature`: a raw document, whose integrity cannot be checked.
        case unwrapped
        /// The data's hash is not `signature.targetHash`: data was changed.
        case targetHashMismatch
        /// `targetHash` and `proof` do not fold into `signature.merkleRoot`.
        case merkleRootMismatch
        /// Not checkable as OpenAttestation v2 says: the reason, e.g.
        /// `the key "a.b" of data contains "."`.
        case malformed(String)
        /// Not an OpenCert at all (not a JSON object, no `version`); the
        /// rules `single.opencert` and `asset.file-type` report these.
        case notOpenCert(String)
    }

    public var integrity: Integrity
    /// `version`, as written.
    public var version: String?
    /// `recipient.name`, unsalted; nil when absent or obfuscated.
    public var recipientName: String?
    /// The certificate's `name`, unsalted.
    public var title: String?
    /// How many values of the data are obfuscated (`privacy.obfuscatedData`).
    public var obfuscatedCount = 0

    public init(integrity: Integrity, version: String? = nil, recipientName: String? = nil, title: String? = nil,
                obfuscatedCount: Int = 0) {
        self.integrity = integrity
        self.version = version
        self.recipientName = recipientName
        self.title = title
        self.obfuscatedCount = obfuscatedCount
    }

    /// True when integrity failed or could not be judged: an error, not a warning.
    public var isBroken: Bool {
        switch integrity {
        case .intact, .unwrapped: false
        case .targetHashMismatch, .merkleRootMismatch, .malformed, .notOpenCert: true
        }
    }

    /// Checks the OpenCert JSON in `text`.
    public init(checking text: String) {
        self.init(checking: Array(text.utf8))
    }

    /// Checks the OpenCert JSON in `bytes`.
    public init(checking bytes: [UInt8]) {
        do {
            self.init(checking: try JSONParser.parse(bytes))
        } catch {
            self.init(integrity: .notOpenCert("its text is not valid JSON (\(error))"))
        }
    }

    /// Checks the parsed OpenCert `document`.
    public init(checking document: JSONValue) {
        guard let object = document.objectValue else {
            self.init(integrity: .notOpenCert("it is not a JSON object"))
            return
        }
        guard let version = object["version"]?.stringValue, !version.isBlank else {
            self.init(integrity: .notOpenCert("it has no \"version\" naming its OpenAttestation schema"))
            return
        }
        // A raw document holds its fields at the top; a wrapped one in `data`.
        let data = object["data"]?.objectValue
        let content = data ?? object
        self.init(integrity: .unwrapped, version: version,
                  recipientName: SaltedValue.unsalted(content["recipient"]?["name"]),
                  title: SaltedValue.unsalted(content["name"]))
        guard let signature = object["signature"] else { return }
        integrity = Self.integrity(of: object, data: data, signature: signature, obfuscatedCount: &obfuscatedCount)
    }

    private static func integrity(of document: JSONObject, data: JSONObject?, signature: JSONValue,
                                  obfuscatedCount: inout Int) -> Integrity {
        guard let signature = signature.objectValue else {
            return .malformed("its signature is \(signature.typeDescription), not an object")
        }
        guard let type = signature["type"]?.stringValue else {
            return .malformed("its signature has no type (OpenAttestation v2 writes \"SHA3MerkleProof\")")
        }
        guard type == "SHA3MerkleProof" else {
            return .malformed("its signature type \(type.quotedForMessage) is not SHA3MerkleProof, the one OpenAttestation v2 uses")
        }
        guard let data else {
            let found = document["data"].map { "its data is \($0.typeDescription)" } ?? "it has no data"
            return .malformed("\(found); a signed OpenCert holds its fields in a \"data\" object")
        }
        guard let targetText = signature["targetHash"]?.stringValue, let target = MerkleProof.hash(hex: targetText) else {
            return .malformed("its signature.targetHash is not a 64-digit hex hash")
        }
        guard let rootText = signature["merkleRoot"]?.stringValue, let root = MerkleProof.hash(hex: rootText) else {
            return .malformed("its signature.merkleRoot is not a 64-digit hex hash")
        }
        var proof: [[UInt8]] = []
        switch signature["proof"] {
        case nil, .null?:
            break
        case .array(let elements)?:
            for (i, element) in elements.enumerated() {
                guard let hash = element.stringValue.flatMap(MerkleProof.hash(hex:)) else {
                    return .malformed("its signature.proof[\(i)] is not a 64-digit hex hash")
                }
                proof.append(hash)
            }
        case let other?:
            return .malformed("its signature.proof is \(other.typeDescription), not a list of hashes")
        }
        var obfuscated: [String] = []
        if let privacy = document["privacy"], let list = privacy["obfuscatedData"] {
            guard let elements = list.arrayValue else {
                return .malformed("its privacy.obfuscatedData is \(list.typeDescription), not a list of hashes")
            }
            for (i, element) in elements.enumerated() {
                guard let text = element.stringValue, MerkleProof.hash(hex: text) != nil else {
                    return .malformed("its privacy.obfuscatedData[\(i)] is not a 64-digit hex hash")
                }
                obfuscated.append(text)
            }
        }
        obfuscatedCount = obfuscated.count
        let computed: String
        do {
            computed = try OpenAttestationDigest.targetHash(data: data, obfuscated: obfuscated)
        } catch {
            switch error {
            case .keyWithDot(let key):
                return .malformed("its data has the key \(key.quotedForMessage), and OpenAttestation keys never contain \".\"")
            }
        }
        guard computed == targetText.lowercased() else { return .targetHashMismatch }
        guard MerkleProof.root(of: target, proof: proof) == root else { return .merkleRootMismatch }
        return .intact
    }
}
