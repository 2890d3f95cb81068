import Testing
@testable import PassCore

/// Keccak-256 against published vectors, and across the 136-byte block
/// boundary against pycryptodome's Keccak (an independent implementation).
struct Keccak256Tests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func thePublishedVectors() {
        #expect(Keccak256.hex([]) == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
        #expect(Keccak256.hex(Self.bytes("abc")) == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")
        #expect(Keccak256.hex(Self.bytes("The quick brown fox jumps over the lazy dog"))
                == "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")
    }

    @Test func itIsNotNISTSHA3() {
        // SHA3-256("") is a7ffc6f8…; Keccak-256 pads differently.
        #expect(!Keccak256.hex([]).hasPrefix("a7ffc6f8"))
    }

    /// Bytes (i × 7 + 3) mod 256, so every length is a different message.
    static func pattern(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) } }

    @Test(arguments: [
        (135, "00ef96af9cf4b24c7f269d922294444a197d0a33638c2e56634c57e892103a8f"),
        (136, "742061bcad767ed4c4f5883b1dcb1aad11afdcc140dc469d953759b127b9f9ed"),
        (137, "e3371f61e770abf254c34239c3b0099ad90594507415bc81dd0a10b9692bbf2a"),
        (272, "ac141fd7b0a0ffcd2e967254d508da3ec616596493c36fa304425647d90e6de5"),
        (1000, "80cdc8dd52cbb3dbaea8f383209893fa2bb52efbd5aedbb4b26dcfe307fcdc9b"),
    ])
    func aroundTheBlockBoundary(length: Int, expected: String) {
        #expect(Keccak256.hex(Self.pattern(length)) == expected)
    }

    @Test func oneBitChangesTheDigest() {
        var message = Self.pattern(300)
        let before = Keccak256.hash(message)
        message[299] ^= 1
        #expect(Keccak256.hash(message) != before)
        #expect(before.count == 32)
    }
}
