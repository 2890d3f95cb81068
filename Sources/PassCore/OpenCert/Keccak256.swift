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
    @inline(__always)
    private static func rotl(_ x: UInt64, _ n: UInt64) -> UInt64 { (x << n) | (x >> (64 - n)) }

    /// Keccak-f[1600]: 24 rounds of θ, ρ and π, χ, ι, on the 25 lanes held in locals.
    private static func permute(_ state: UnsafeMutablePointer<UInt64>) {
        var a00 = state[0]
        var a01 = state[1]
        var a02 = state[2]
        var a03 = state[3]
        var a04 = state[4]
        var a05 = state[5]
        var a06 = state[6]
        var a07 = state[7]
        var a08 = state[8]
        var a09 = state[9]
        var a10 = state[10]
        var a11 = state[11]
        var a12 = state[12]
        var a13 = state[13]
        var a14 = state[14]
        var a15 = state[15]
        var a16 = state[16]
        var a17 = state[17]
        var a18 = state[18]
        var a19 = state[19]
        var a20 = state[20]
        var a21 = state[21]
        var a22 = state[22]
        var a23 = state[23]
        var a24 = state[24]
        let constants = roundConstants
        for round in 0..<24 {
            // θ: each column's parity, folded into its neighbours.
            let c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20
            let c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21
            let c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22
            let c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23
            let c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24
            let d0 = c4 ^ rotl(c1, 1)
            let d1 = c0 ^ rotl(c2, 1)
            let d2 = c1 ^ rotl(c3, 1)
            let d3 = c2 ^ rotl(c4, 1)
            let d4 = c3 ^ rotl(c0, 1)
            a00 ^= d0
            a01 ^= d1
            a02 ^= d2
            a03 ^= d3
            a04 ^= d4
            a05 ^= d0
            a06 ^= d1
            a07 ^= d2
            a08 ^= d3
            a09 ^= d4
            a10 ^= d0
            a11 ^= d1
            a12 ^= d2
            a13 ^= d3
            a14 ^= d4
            a15 ^= d0
            a16 ^= d1
            a17 ^= d2
            a18 ^= d3
            a19 ^= d4
            a20 ^= d0
            a21 ^= d1
            a22 ^= d2
            a23 ^= d3
            a24 ^= d4
            // ρ and π: each lane turned and moved.
            let b00 = a00
            let b16 = rotl(a05, 36)
            let b07 = rotl(a10, 3)
            let b23 = rotl(a15, 41)
            let b14 = rotl(a20, 18)
            let b10 = rotl(a01, 1)
            let b01 = rotl(a06, 44)
            let b17 = rotl(a11, 10)
            let b08 = rotl(a16, 45)
            let b24 = rotl(a21, 2)
            let b20 = rotl(a02, 62)
            let b11 = rotl(a07, 6)
            let b02 = rotl(a12, 43)
            let b18 = rotl(a17, 15)
            let b09 = rotl(a22, 61)
            let b05 = rotl(a03, 28)
            let b21 = rotl(a08, 55)
            let b12 = rotl(a13, 25)
            let b03 = rotl(a18, 21)
            let b19 = rotl(a23, 56)
            let b15 = rotl(a04, 27)
            let b06 = rotl(a09, 20)
            let b22 = rotl(a14, 39)
            let b13 = rotl(a19, 8)
            let b04 = rotl(a24, 14)
            // χ: each row mixed with itself.
            a00 = b00 ^ (~b01 & b02)
            a01 = b01 ^ (~b02 & b03)
            a02 = b02 ^ (~b03 & b04)
            a03 = b03 ^ (~b04 & b00)
            a04 = b04 ^ (~b00 & b01)
            a05 = b05 ^ (~b06 & b07)
            a06 = b06 ^ (~b07 & b08)
            a07 = b07 ^ (~b08 & b09)
            a08 = b08 ^ (~b09 & b05)
            a09 = b09 ^ (~b05 & b06)
            a10 = b10 ^ (~b11 & b12)
            a11 = b11 ^ (~b12 & b13)
            a12 = b12 ^ (~b13 & b14)
            a13 = b13 ^ (~b14 & b10)
            a14 = b14 ^ (~b10 & b11)
            a15 = b15 ^ (~b16 & b17)
            a16 = b16 ^ (~b17 & b18)
            a17 = b17 ^ (~b18 & b19)
            a18 = b18 ^ (~b19 & b15)
            a19 = b19 ^ (~b15 & b16)
            a20 = b20 ^ (~b21 & b22)
            a21 = b21 ^ (~b22 & b23)
            a22 = b22 ^ (~b23 & b24)
            a23 = b23 ^ (~b24 & b20)
            a24 = b24 ^ (~b20 & b21)
            // ι
            a00 ^= constants[round]
        }
        state[0] = a00
        state[1] = a01
        state[2] = a02
        state[3] = a03
        state[4] = a04
        state[5] = a05
        state[6] = a06
        state[7] = a07
        state[8] = a08
        state[9] = a09
        state[10] = a10
        state[11] = a11
        state[12] = a12
        state[13] = a13
        state[14] = a14
        state[15] = a15
        state[16] = a16
        state[17] = a17
        state[18] = a18
        state[19] = a19
        state[20] = a20
        state[21] = a21
        state[22] = a22
        state[23] = a23
        state[24] = a24
    }
}
