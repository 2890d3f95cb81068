/// Why no endpoint could be configured, in words for a support person.
/// Messages never contain a secret.
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The profile file is not valid TOML, or a key has the wrong type.
    case syntax(TOMLError)
    /// The profile file holds a secret and others can read it.
    case secretFileReadable(path: String, mode: UInt32, holding: String)
    /// The profile file could not be read.
    case unreadable(FileReadError)
    /// `--profile NAME` names no profile of the file.
    case unknownProfile(String, file: String, known: [String])
    /// A URL is refused (`http://` beyond loopback, not absolute).
    case refusedURL(URLPolicy.Refusal)
    /// A client id without a secret, or the reverse.
    case incompleteCredentials(String)
    /// A value of the wrong form (an id prefix, a concurrency).
    case invalidValue(String)

    public var description: String {
        switch self {
        case .syntax(let e): e.description
        case .secretFileReadable(let path, let mode, let holding):
            "\(path) holds \(holding) and can be read by other users (mode \(String(mode, radix: 8))); "
                + "it is not used until only you can read it: run  chmod 600 '\(path)'"
        case .unreadable(let e): e.description
        case .unknownProfile(let name, let file, let known):
            "no profile named \(name) in \(file)"
                + (known.isEmpty ? "; the file defines none ([profile.NAME] tables)" : "; known profiles: " + known.joined(separator: ", "))
        case .refusedURL(let refusal): refusal.description
        case .incompleteCredentials(let text): text
        case .invalidValue(let text): text
        }
    }
}
