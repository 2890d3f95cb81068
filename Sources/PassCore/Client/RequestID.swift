import Foundation

/// Request ids in the form the partner documents recommend, `<PREFIX>-<UUID>`,
/// and how long the partner keeps a request by its id [docs].
public enum RequestID {
    /// The prefix used when a profile sets none.
    public static let defaultPrefix = "composer"

    /// The same id sent again within this time returns the original
    /// redirect URI; an unfinished request is deleted after it [docs].
    public static let retention: Duration = .seconds(48 * 3600)

    /// The one way a new request id is made: `prefix`, a hyphen, and a
    /// UUID (random, lower case as in the seed sample, unless given).
    public static func make(prefix: String = defaultPrefix, uuid: String = UUID().uuidString.lowercased()) -> String {
        prefix + "-" + uuid
    }

    /// Why `prefix` cannot start an id, or nil when it can: 1 to 32 letters,
    /// digits, `_` or `-`, starting with a letter or digit.
    public static func problem(withPrefix prefix: String) -> String? {
        guard !prefix.isEmpty, prefix.count <= 32 else { return "an id prefix has 1 to 32 characters" }
        let allowed = prefix.unicodeScalars.allSatisfy { s in
            s.isASCII && (CharacterSet.alphanumerics.contains(s) || s == "_" || s == "-")
        }
        guard allowed, let first = prefix.unicodeScalars.first, CharacterSet.alphanumerics.contains(first) else {
            return "an id prefix uses letters, digits, _ and - and starts with a letter or digit"
        }
        return nil
    }
}
