/// Completes a typed file path from the entries of its directory, as a
/// shell does: the longest common continuation, and the candidates.
public struct PathCompletion: Sendable, Equatable {
    /// The text with the common continuation added.
    public var completed: String
    /// The names that match, for showing (directories end in `/`).
    public var candidates: [String]

    /// Completes `typed` using `list` to read directories (given absolute
    /// paths via `absolute`).
    public static func complete(
        _ typed: String, absolute: (String) -> String, list: (String) -> [String]?
    ) -> PathCompletion {
        let slash = typed.lastIndex(of: "/")
        let directoryPart = slash.map { String(typed[...$0]) } ?? ""
        let namePart = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let directory = directoryPart.isEmpty ? absolute(".") : absolute(directoryPart)
        guard let entries = list(directory) else { return PathCompletion(completed: typed, candidates: []) }
        let showHidden = namePart.hasPrefix(".")
        let matches = entries.filter { $0.hasPrefix(namePart) && (showHidden || !$0.hasPrefix(".")) }.sorted()
        guard let first = matches.first else { return PathCompletion(completed: typed, candidates: []) }
        var common = first
        for match in matches.dropFirst() {
            common = String(zip(common, match).prefix { $0 == $1 }.map(\.0))
        }
        return PathCompletion(completed: directoryPart + common, candidates: matches)
    }
}
