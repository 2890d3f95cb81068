/// Keccak-256 as Ethereum and OpenAttestation use it: the Keccak sponge
/// with a rate of 136 bytes and the original padding (0x01 … 0x80), which
/// is not NIST SHA3-256 (0x06 … 0x80). swift-crypto has only the latter;
/// docs/architecture.md says why this is written here.
public enum Keccak256 {
    /// The 32-byte digest of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { hash($0) }
    }

    /// The 32-byte digest of the bytes of `buffer`.
    public static func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        var lanes = [UInt64](repeating: 0, count: 25)
        lanes.withUnsafeMutableBufferPointer { state in
            let state = state.baseAddress.unsafelyUnwrapped
            var offset = 0
            while buffer.count - offset >= rate {
                absorb(UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + rate]), into: state)
                permute(state)
                offset += rate
            }
            var last = [UInt8](repeating: 0, count: rate)
            let tail = buffer.count - offset
            for i in 0..<tail { last[i] = buffer[offset + i] }
            last[tail] ^= 0x01
            last[rate - 1] ^= 0x80
            last.withUnsafeBytes { absorb($0, into: state) }
            permute(state)
        }
        var digest = [UInt8](repeating: 0, count: 32)
        for i in 0..<32 { digest[i] = UInt8(truncatingIfNeeded: lanes[i / 8] >> (8 * UInt64(i % 8))) }
        return digest
    }

    /// The digest as 64 lower-case hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        Checksum.hex(hash(bytes))
    }

    /// Bytes per block: (1600 − 2 × 256) / 8.
    static let rate = 136

    /// XORs one block into the first 17 lanes, little-endian.
    private static func absorb(_ block: UnsafeRawBufferPointer, into state: UnsafeMutablePointer<UInt64>) {
        for lane in 0..<(rate / 8) {
            state[lane] ^= UInt64(littleEndian: block.loadUnaligned(fromByteOffset: lane * 8, as: UInt64.self))
        }
    }

    private static let roundConstants: [UInt64] = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808A, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808B, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008A, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000A,
        0x0000_0000_8000_808B, 0x8000_0000_0000_008B, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800A, 0x8000_0000_8000_000A,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]
    /// ρ: how far each lane turns, in the order π visits the lanes.
    private static let rotations: [UInt64] = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44]
    /// π: the lane each step of the walk moves to.
    private static let walk: [Int] = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1]

    @inline(__always)
    private static func rotl(_ x: UInt64, _ n: UInt64) -> UInt64 { (x << n) | (x >> (64 - n)) }

    /// Keccak-f[1600]: 24 rounds of θ, ρ and π, χ, ι.
    private static func permute(_ a: UnsafeMutablePointer<UInt64>) {
        roundConstants.withUnsafeBufferPointer { constants in
            rotations.withUnsafeBufferPointer { rotations in
                walk.withUnsafeBufferPointer { walk in
                    for round in 0..<24 {
                        // θ: each column's parity, folded into its neighbours.
                        let c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20]
                        let c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21]
                        let c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22]
                        let c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23]
                        let c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24]
                        let d0 = c4 ^ rotl(c1, 1), d1 = c0 ^ rotl(c2, 1), d2 = c1 ^ rotl(c3, 1)
                        let d3 = c2 ^ rotl(c4, 1), d4 = c3 ^ rotl(c0, 1)
                        for row in stride(from: 0, to: 25, by: 5) {
                            a[row] ^= d0; a[row + 1] ^= d1; a[row + 2] ^= d2; a[row + 3] ^= d3; a[row + 4] ^= d4
                        }
                        // ρ and π: turn each lane and move it along the walk.
                        var carried = a[1]
                        for step in 0..<24 {
                            let lane = walk[step]
                            let next = a[lane]
                            a[lane] = rotl(carried, rotations[step])
                            carried = next
                        }
                        // χ: each row mixed with itself.
                        for row in stride(from: 0, to: 25, by: 5) {
                            let b0 = a[row], b1 = a[row + 1], b2 = a[row + 2], b3 = a[row + 3], b4 = a[row + 4]
                            a[row] = b0 ^ (~b1 & b2)
                            a[row + 1] = b1 ^ (~b2 & b3)
                            a[row + 2] = b2 ^ (~b3 & b4)
                            a[row + 3] = b3 ^ (~b4 & b0)
                            a[row + 4] = b4 ^ (~b0 & b1)
                        }
                        // ι
                        a[0] ^= constants[round]
                    }
                }
            }
        }
    }
}
