import Foundation

/// New request ids in the form the partner documents recommend:
/// `<PREFIX>-<UUID>` [docs].
public enum RequestID {
    /// The prefix used when a profile sets none.
    public static let defaultPrefix = "composer"

    /// A new id with `prefix`.
    public static func make(prefix: String = defaultPrefix, uuid: UUID = UUID()) -> String {
        prefix + "-" + uuid.uuidString.lowercased()
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
