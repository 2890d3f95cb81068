/// Stepping through a choice's options: the next or previous one, wrapping, and "—" (none)
/// among them when the field is optional; or the next option that starts with a letter.
public struct ChoiceStep: Hashable, Sendable {
    public var options: [String]
    public var allowsNone: Bool

    public init(options: [String], allowsNone: Bool) {
        self.options = options
        self.allowsNone = allowsNone
    }

    /// Every value in order, nil standing for none.
    public var cycle: [String?] { (allowsNone ? [nil] : []) + options.map { Optional($0) } }

    /// The value `offset` steps from `value`.
    public func step(_ value: String?, by offset: Int) -> String? {
        let all = cycle
        guard !all.isEmpty else { return value }
        let index = all.firstIndex(of: value) ?? (offset > 0 ? -1 : 0)
        let count = all.count
        return all[((index + offset) % count + count) % count]
    }

    /// The next option after `value` that starts with `typed`, or nil when none does.
    public func jump(from value: String?, typed: String) -> String?? {
        let all = cycle
        guard !all.isEmpty, !typed.isEmpty else { return nil }
        let index = all.firstIndex(of: value) ?? -1
        for step in 1...all.count {
            let candidate = all[(max(index, 0) + step) % all.count]
            if let candidate, candidate.lowercased().hasPrefix(typed.lowercased()) { return .some(candidate) }
        }
        return nil
    }

    /// Where `value` is in the cycle, counted from 1, and how many there are.
    public func position(of value: String?) -> (Int, Int) {
        ((cycle.firstIndex(of: value) ?? 0) + 1, cycle.count)
    }
}
