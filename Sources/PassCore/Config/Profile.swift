/// One named `[profile.NAME]` table of the profile file.
public struct Profile: Sendable {
    public var name: String
    public var url: String?
    public var tokenURL: String?
    public var clientID: String?
    public var clientSecret: Secret?
    public var accessToken: Secret?
    public var idPrefix: String?
    /// `sandbox = true`: the local sandbox; with no `url`, the embedded one.
    public var isSandbox: Bool?
    /// `production = true|false` overrides the guess from the host name.
    public var isProduction: Bool?
    public var uploadConcurrency: Int?
    public var maxAttempts: Int?
    /// `request_timeout`: seconds one attempt of an API call may take.
    public var requestTimeout: Int?
    public var paths: APIPaths = .standard

    public init(name: String) {
        self.name = name
    }

    /// The keys a profile table may hold, with what each means (for `paths` and the docs).
    public static let keys: [(key: String, meaning: String)] = [
        ("url", "base URL of the partner API (SEEK_PASS_URL)"),
        ("token_url", "OAuth token endpoint; default: url + token_path"),
        ("client_id", "OAuth client id"),
        ("client_secret", "OAuth client secret (the file must then be chmod 600)"),
        ("access_token", "a fixed bearer token instead of the grant (chmod 600 too)"),
        ("id_prefix", "prefix of new request ids, <PREFIX>-<UUID>"),
        ("sandbox", "true for a local sandbox; without url, the embedded one"),
        ("production", "true/false: whether submissions reach real holders"),
        ("upload_concurrency", "files uploaded at once (default 4)"),
        ("max_attempts", "tries per request before giving up (default 4)"),
        ("request_timeout", "seconds one attempt of an API call may take, answer included (default 60)"),
    ] + APIPaths.profileKeys.map { ($0.key, "path override") }

    /// The secret keys this profile sets, for the permission check.
    var secretKeys: [String] {
        (clientSecret == nil ? [] : ["client_secret"]) + (accessToken == nil ? [] : ["access_token"])
    }

    /// Reads a profile from its table; unknown keys become notes.
    static func read(_ table: TOMLTable, name: String, file: String) throws(ConfigurationError) -> (Profile, [String]) {
        var profile = Profile(name: name)
        var notes: [String] = []
        for entry in table.entries {
            func string() throws(ConfigurationError) -> String {
                guard let s = entry.value.stringValue else {
                    throw .syntax(TOMLError(file: file, line: entry.line, key: entry.key,
                                            message: "expected a \"string\", found \(entry.value.typeName)"))
                }
                return s
            }
            func bool() throws(ConfigurationError) -> Bool {
                guard let b = entry.value.boolValue else {
                    throw .syntax(TOMLError(file: file, line: entry.line, key: entry.key,
                                            message: "expected true or false, found \(entry.value.typeName)"))
                }
                return b
            }
            func count() throws(ConfigurationError) -> Int {
                guard let i = entry.value.intValue, (1...64).contains(i) else {
                    throw .syntax(TOMLError(file: file, line: entry.line, key: entry.key,
                                            message: "expected a whole number from 1 to 64"))
                }
                return i
            }
            switch entry.key {
            case "url": profile.url = try string()
            case "token_url": profile.tokenURL = try string()
            case "client_id": profile.clientID = try string()
            case "client_secret": profile.clientSecret = Secret(try string())
            case "access_token": profile.accessToken = Secret(try string())
            case "id_prefix":
                let prefix = try string()
                if let problem = RequestID.problem(withPrefix: prefix) {
                    throw .syntax(TOMLError(file: file, line: entry.line, key: entry.key, message: problem))
                }
                profile.idPrefix = prefix
            case "sandbox": profile.isSandbox = try bool()
            case "production": profile.isProduction = try bool()
            case "upload_concurrency": profile.uploadConcurrency = try count()
            case "max_attempts": profile.maxAttempts = try count()
            case "request_timeout":
                guard let seconds = entry.value.intValue, (1...3600).contains(seconds) else {
                    throw .syntax(TOMLError(file: file, line: entry.line, key: entry.key,
                                            message: "expected a whole number of seconds from 1 to 3600"))
                }
                profile.requestTimeout = seconds
            default:
                if case .table = entry.value {
                    throw .syntax(TOMLError(file: file, line: entry.line,
                                            message: "a profile table is [profile.NAME] or [NAME], with a name without dots"))
                }
                if let override = APIPaths.profileKeys.first(where: { $0.key == entry.key }) {
                    let path = try string()
                    guard path.hasPrefix("/") else {
                        throw .syntax(TOMLError(file: file, line: entry.line, key: entry.key,
                                                message: "a path starts with /, like /api/partner/v2/add/requests/batch.json"))
                    }
                    profile.paths[keyPath: override.path] = path
                } else {
                    notes.append("\(file):\(entry.line): \(entry.key): unknown key in [profile.\(name)], ignored; known keys: "
                                 + Profile.keys.map(\.key).joined(separator: ", "))
                }
            }
        }
        return (profile, notes)
    }
}
