import Foundation
import PassCore

/// Makes new ids. Injected so tests get predictable ids.
public struct IDSource: Sendable {
    public var uuid: @Sendable () -> String

    public init(uuid: @escaping @Sendable () -> String) {
        self.uuid = uuid
    }

    /// Random version-4 UUIDs, lower case as in the seed sample.
    public static let random = IDSource { UUID().uuidString.lowercased() }

    /// `00000000-0000-4000-8000-000000000001`, `…002`, … for tests.
    public static func sequential() -> IDSource {
        let counter = Counter()
        return IDSource {
            let n = counter.next()
            let digits = String(n)
            return "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
        }
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// The id conventions of the seed sample: `<batch>-1` for the holder,
/// `<batch>-micro-2` for items, `<item>-asset` for files.
public enum IDConvention {
    public static func holderID(batchID: String) -> String {
        batchID + "-" + BatchSection.digitalIdentity.idSuffix
    }

    /// The first id `<batch>-<suffix>-<n>` not in `taken` (`<batch>-ch` for career history).
    public static func itemID(batchID: String, section: BatchSection, taken: Set<String>) -> String {
        if section == .careerHistory {
            let id = batchID + "-" + section.idSuffix
            return taken.contains(id) ? firstFree(id + "-", taken: taken) : id
        }
        return firstFree(batchID + "-" + section.idSuffix + "-", taken: taken)
    }

    /// `<item>-asset`, then `<item>-asset-2`, … avoiding `taken`.
    public static func assetID(itemID: String, taken: Set<String>) -> String {
        let base = itemID + "-asset"
        return taken.contains(base) ? firstFree(base + "-", from: 2, taken: taken) : base
    }

    private static func firstFree(_ prefix: String, from start: Int = 1, taken: Set<String>) -> String {
        var n = start
        while taken.contains(prefix + String(n)) { n += 1 }
        return prefix + String(n)
    }
}
