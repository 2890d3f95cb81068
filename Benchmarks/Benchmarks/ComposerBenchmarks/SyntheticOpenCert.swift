import PassCore

/// A wrapped OpenAttestation v2 certificate of about `size` bytes: John Doe's
/// "Skill Test #2" with a transcript and two embedded images (base64 of
/// pseudo-random bytes), salted and signed as OpenAttestation wraps one alone.
func syntheticOpenCert(size: Int) throws -> [UInt8] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    func base64(_ count: Int) -> String {
        var bytes = [UInt8](repeating: 0, count: count)
        for i in 0..<count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            bytes[i] = alphabet[Int(state >> 58)]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
    var saltNumber = 0
    func salted(_ value: String, _ type: String = "string") -> JSONValue {
        saltNumber += 1
        let digits = String(saltNumber, radix: 16)
        return .string("3b7c1f0e-6a2d-4f1b-9c3e-" + String(repeating: "0", count: 12 - digits.count) + digits + ":\(type):\(value)")
    }
    let transcript: [JSONValue] = (1...20).map { i in
        ["name": salted("Module \(i)"), "grade": salted(i % 3 == 0 ? "Merit" : "Pass"), "courseCredit": salted("\(i % 5 + 1)", "number")]
    }
    let image = (size - 4_000) / 2
    let data: JSONValue = [
        "$template": ["name": salted("main"), "type": salted("EMBEDDED_RENDERER"), "url": salted("https://renderer.example.com")],
        "id": salted("SKT-2024-0002"),
        "name": salted("Skill Test #2"),
        "issuedOn": salted("2024-08-31T00:00:00+08:00"),
        "recipient": ["name": salted("John Doe")],
        "issuers": [["name": salted("ExampleProvider"), "documentStore": salted("0x007d40224f6562461633ccfbaffd359ebb2fc9ba"),
                     "identityProof": ["type": salted("DNS-TXT"), "location": salted("example.com")]]],
        "transcript": .array(transcript),
        "attachments": [
            ["filename": salted("certificate.png"), "type": salted("image/png"), "data": salted(base64(image))],
            ["filename": salted("transcript.png"), "type": salted("image/png"), "data": salted(base64(image))],
        ],
    ]
    let target = try OpenAttestationDigest.targetHash(data: data.objectValue ?? JSONObject())
    let document: JSONValue = [
        "version": "https://schema.openattestation.com/2.0/schema.json",
        "data": data,
        "signature": ["type": "SHA3MerkleProof", "targetHash": .string(target), "proof": [], "merkleRoot": .string(target)],
    ]
    return JSONWriter.bytes(document)
}
