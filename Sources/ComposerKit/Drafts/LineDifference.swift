/// The lines of two texts side by side as one list: lines only in the old one start "- ",
/// lines only in the new one "+ ", and unchanged lines next to a change "  " (runs of
/// unchanged lines further away are one "…"). For showing a draft against its file.
public enum LineDifference {
    /// Lines kept around each change.
    static let context = 1
    /// Above this many cells the middle is compared as wholly changed (rather than slowly).
    static let largestTable = 4_000_000

    public static func marked(old: [UInt8], new: [UInt8]) -> [String] {
        marked(old: lines(old), new: lines(new))
    }

    public static func marked(old: [String], new: [String]) -> [String] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        var script: [(mark: Character, line: String)] = old[..<prefix].map { (" ", $0) }
        script += middle(a, b)
        script += old[(old.count - suffix)...].map { (" ", $0) }
        guard script.contains(where: { $0.mark != " " }) else { return ["(no difference)"] }
        var shown: [String] = []
        var skipped = false
        for (index, entry) in script.enumerated() {
            let near = script[max(0, index - context)...min(script.count - 1, index + context)].contains { $0.mark != " " }
            if entry.mark != " " || near {
                shown.append("\(entry.mark) \(entry.line)")
                skipped = false
            } else if !skipped {
                shown.append("…")
                skipped = true
            }
        }
        return shown
    }

    private static func middle(_ a: [String], _ b: [String]) -> [(mark: Character, line: String)] {
        guard !a.isEmpty, !b.isEmpty, a.count * b.count <= largestTable else {
            return a.map { ("-", $0) } + b.map { ("+", $0) }
        }
        // Longest common subsequence, table of lengths from the end.
        let width = b.count + 1
        var table = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] = a[i] == b[j] ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var result: [(mark: Character, line: String)] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                result.append((" ", a[i])); i += 1; j += 1
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                result.append(("-", a[i])); i += 1
            } else {
                result.append(("+", b[j])); j += 1
            }
        }
        result += a[i...].map { ("-", $0) }
        result += b[j...].map { ("+", $0) }
        return result
    }

    private static func lines(_ bytes: [UInt8]) -> [String] {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
