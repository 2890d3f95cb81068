import Foundation

/// The seed samples (shared/samples), kept as the test fixtures of PassCoreTests.
public enum Samples {
    public static let names = [
        "batch-full", "career-history", "single-none", "single-opencert", "single-partner-chain", "single-pdf",
    ]

    public static let directory = BuiltProgram.packageRoot.appendingPathComponent("Tests/PassCoreTests/Fixtures")

    public static func path(_ name: String) -> String {
        directory.appendingPathComponent(name + ".json").path
    }

    public static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }
}

/// Files of each asset type with pseudo-random bytes after the signature.
public enum SampleFiles {
    /// `count` pseudo-random bytes, eight at a time (fast in debug builds).
    public static func random(_ count: Int) -> [UInt8] {
        var state = UInt64.random(in: 1...UInt64.max)
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { buffer in
            var i = 0
            while i < count {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                withUnsafeBytes(of: state) { word in
                    for b in word where i < count {
                        buffer[i] = b
                        i += 1
                    }
                }
            }
        }
        return bytes
    }

    public static func pdf(size: Int = 50_000) -> [UInt8] {
        Array("%PDF-1.7\n".utf8) + random(size)
    }

    public static func png(size: Int = 20_000) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + random(size)
    }
}
