/// The merkle proof of an OpenAttestation signature: starting from the
/// target hash, each proof element is paired with the running hash, the
/// pair sorted bytewise, concatenated and hashed with Keccak-256. The
/// result must be the merkle root; an empty proof leaves the target hash.
public enum MerkleProof {
    /// The root that `proof` folds `target` into.
    public static func root(of target: [UInt8], proof: [[UInt8]]) -> [UInt8] {
        proof.reduce(target) { running, sibling in
            let (first, second) = running.lexicographicallyPrecedes(sibling) ? (running, sibling) : (sibling, running)
            return Keccak256.hash(first + second)
        }
    }

    /// The 32 bytes that 64 hex digits (either case) spell, or nil.
    public static func hash(hex text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for i in stride(from: 0, to: 64, by: 2) {
            guard let high = nibble(digits[i]), let low = nibble(digits[i + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
