/// A resolved place to submit to: base URL, how to authenticate, the paths,
/// and what kind of place it is. Built by `ConfigurationResolver`, or by
/// the embedded sandbox for itself.
public struct Endpoint: Sendable {
    /// The base URL, without a trailing slash.
    public var baseURL: String
    /// The profile it came from, if any.
    public var profileName: String?
    /// True for the local sandbox (embedded or a `sandbox` process).
    public var isSandbox: Bool
    /// True when submissions reach real holders: neither a sandbox, nor
    /// loopback, nor a host named like staging (a profile can say otherwise).
    public var isProductionLike: Bool
    public var authentication: Authentication
    public var paths: APIPaths
    /// The prefix of new request ids (`<PREFIX>-<UUID>`).
    public var idPrefix: String
    /// How many files upload at once.
    public var uploadConcurrency: Int
    /// How many times a request is tried in all before giving up.
    public var maxAttempts: Int
    /// How long one attempt of an API call may take, from connecting to the
    /// last byte of the answer (`request_timeout` in a profile).
    public var requestTimeout: Duration

    /// How requests prove who sends them.
    public enum Authentication: Sendable {
        /// No credentials: requests go without `Authorization` (the server will refuse them).
        case none
        /// A bearer token given as it is (`ACCESS_TOKEN`); it cannot be refreshed.
        case token(Secret)
        /// The OAuth 2.0 client-credentials grant.
        case clientCredentials(ClientCredentials)
    }

    /// What the client-credentials grant needs.
    public struct ClientCredentials: Sendable {
        public var tokenURL: String
        public var clientID: String
        public var clientSecret: Secret

        public init(tokenURL: String, clientID: String, clientSecret: Secret) {
            self.tokenURL = tokenURL
            self.clientID = clientID
            self.clientSecret = clientSecret
        }
    }

    /// An endpoint at `baseURL`; refuses `http://` beyond loopback.
    public init(
        baseURL: String, authentication: Authentication, profileName: String? = nil, isSandbox: Bool = false,
        isProductionLike: Bool? = nil, paths: APIPaths = .standard, idPrefix: String = RequestID.defaultPrefix,
        uploadConcurrency: Int = 4, maxAttempts: Int = RetryPolicy.standard.maxAttempts,
        requestTimeout: Duration = Endpoint.standardRequestTimeout
    ) throws(URLPolicy.Refusal) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        let components = try URLPolicy.check(base, role: "the base URL")
        if case .clientCredentials(let credentials) = authentication {
            try URLPolicy.check(credentials.tokenURL, role: "the token URL")
        }
        self.baseURL = base
        self.profileName = profileName
        self.isSandbox = isSandbox
        let host = (components.host ?? "").lowercased()
        self.isProductionLike = isProductionLike
            ?? !(isSandbox || URLPolicy.isLoopback(host) || host.contains("staging") || host.contains("sandbox"))
        self.authentication = authentication
        self.paths = paths
        self.idPrefix = idPrefix
        self.uploadConcurrency = max(1, uploadConcurrency)
        self.maxAttempts = max(1, maxAttempts)
        self.requestTimeout = requestTimeout > .zero ? requestTimeout : Endpoint.standardRequestTimeout
    }

    /// The time an API call's attempt has unless a profile says otherwise.
    public static let standardRequestTimeout: Duration = .seconds(60)

    /// The absolute URL of `path`.
    public func url(_ path: String) -> String {
        if path.hasPrefix("http://") || path.hasPrefix("https://") { return path }
        return baseURL + (path.hasPrefix("/") ? path : "/" + path)
    }

    /// A one-line description for people: `staging (https://…)`, no secrets.
    public var summary: String {
        let name = profileName.map { "\($0) " } ?? ""
        return name + "(" + Redaction.url(baseURL) + (isSandbox ? ", sandbox" : "") + ")"
    }
}
