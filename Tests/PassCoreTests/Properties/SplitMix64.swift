/// A small, fast, seeded generator: the same seed gives the same payloads
/// on every machine, so a failing case can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &self)]
    }
}

/// How many cases each property runs: a quick default, and the slow suite's
/// count when `SEEKPASS_SLOW_TESTS=1`.
enum PropertyRun {
    static let isSlow = Environment.value("SEEKPASS_SLOW_TESTS") == "1"
    static let cases = isSlow ? 100_000 : 600
    /// The seed of case `index`: fixed, so every run tries the same cases.
    static func seed(_ index: Int, _ salt: UInt64) -> UInt64 {
        UInt64(index) &* 0x2545_F491_4F6C_DD1D &+ salt
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum Environment {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
