extension String {
    /// The text without spaces, tabs and line breaks at either end.
    var trimmed: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    var isBlank: Bool {
        unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// The text quoted for a message, shortened when long.
    var quotedForMessage: String {
        let limit = 60
        if count <= limit { return JSONWriter.quoted(self) }
        return JSONWriter.quoted(String(prefix(limit))) + "…"
    }
}

public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if close enough to
    /// be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        var best: (String, Int)? = nil
        for candidate in candidates {
            // Lengths further apart than the accepted distance cannot match.
            guard abs(lower.utf8.count - candidate.utf8.count) <= max(2, candidate.utf8.count / 4) else { continue }
            let d = distance(Array(lower.utf8), Array(candidate.lowercased().utf8))
            if d <= max(2, candidate.utf8.count / 4), d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    private static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
