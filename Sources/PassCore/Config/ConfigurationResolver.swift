/// Decides where and how to submit, taking each setting from the first
/// place that has it: command-line flags, then the environment
/// (`SEEK_PASS_URL`, `ACCESS_TOKEN` as in the partner documents, and
/// `SEEK_PASS_CLIENT_ID`, `SEEK_PASS_CLIENT_SECRET`, `SEEK_PASS_TOKEN_URL`,
/// `SEEK_PASS_PROFILE`), then the chosen profile of the profile file.
/// Secrets are never taken from flags (they would show in `ps`).
public struct ConfigurationResolver: Sendable {
    /// What the command line said.
    public struct Flags: Sendable {
        public var url: String?
        public var profile: String?
        public var clientID: String?
        public var tokenURL: String?
        public var idPrefix: String?

        public init(url: String? = nil, profile: String? = nil, clientID: String? = nil, tokenURL: String? = nil,
                    idPrefix: String? = nil) {
            self.url = url
            self.profile = profile
            self.clientID = clientID
            self.tokenURL = tokenURL
            self.idPrefix = idPrefix
        }
    }

    /// The outcome: a remote endpoint, or the embedded sandbox (nothing is
    /// configured, or the profile says `sandbox = true` without a URL).
    public enum Choice: Sendable {
        case remote(Endpoint)
        case embeddedSandbox(profileName: String?, idPrefix: String)
    }

    public var flags: Flags
    public var environment: [String: String]
    public var paths: AppPaths

    public init(flags: Flags = Flags(), environment: [String: String], paths: AppPaths) {
        self.flags = flags
        self.environment = environment
        self.paths = paths
    }

    /// The environment variables read, in the order of the documentation.
    public static let environmentKeys = [
        "SEEK_PASS_URL", "ACCESS_TOKEN", "SEEK_PASS_CLIENT_ID", "SEEK_PASS_CLIENT_SECRET", "SEEK_PASS_TOKEN_URL",
        "SEEK_PASS_PROFILE",
    ]

    /// Resolves the endpoint. `notes` receives what is worth telling but
    /// stops nothing (unknown keys of the profile file).
    public func resolve(notes: inout [String]) throws(ConfigurationError) -> Choice {
        let file = try ProfileFile.load(paths.profilesFile)
        notes += file?.notes ?? []
        let wanted = flags.profile ?? env("SEEK_PASS_PROFILE") ?? file?.defaultProfile
        var profile: Profile?
        if let wanted {
            guard let found = file?[wanted] else {
                throw .unknownProfile(wanted, file: paths.profilesFile, known: file?.profiles.map(\.name) ?? [])
            }
            profile = found
        }
        let idPrefix = flags.idPrefix ?? profile?.idPrefix ?? RequestID.defaultPrefix
        if let problem = RequestID.problem(withPrefix: idPrefix) { throw .invalidValue("id prefix \(idPrefix): \(problem)") }

        guard let url = flags.url ?? env("SEEK_PASS_URL") ?? profile?.url else {
            return .embeddedSandbox(profileName: profile?.name, idPrefix: idPrefix)
        }
        let paths = profile?.paths ?? .standard
        let authentication = try authentication(profile: profile, baseURL: url, paths: paths)
        do {
            return .remote(try Endpoint(
                baseURL: url, authentication: authentication, profileName: profile?.name,
                isSandbox: profile?.isSandbox ?? false, isProductionLike: profile?.isProduction, paths: paths,
                idPrefix: idPrefix, uploadConcurrency: profile?.uploadConcurrency ?? 4,
                maxAttempts: profile?.maxAttempts ?? RetryPolicy.standard.maxAttempts,
                requestTimeout: profile?.requestTimeout.map { .seconds($0) } ?? Endpoint.standardRequestTimeout))
        } catch {
            throw .refusedURL(error)
        }
    }

    private func authentication(profile: Profile?, baseURL: String, paths: APIPaths) throws(ConfigurationError) -> Endpoint.Authentication {
        if let token = env("ACCESS_TOKEN") { return .token(Secret(token)) }
        let clientID = flags.clientID ?? env("SEEK_PASS_CLIENT_ID") ?? profile?.clientID
        let secret = env("SEEK_PASS_CLIENT_SECRET").map(Secret.init) ?? profile?.clientSecret
        switch (clientID, secret) {
        case let (id?, secret?):
            var base = baseURL
            while base.hasSuffix("/") { base.removeLast() }
            let tokenURL = flags.tokenURL ?? env("SEEK_PASS_TOKEN_URL") ?? profile?.tokenURL ?? base + paths.token
            return .clientCredentials(.init(tokenURL: tokenURL, clientID: id, clientSecret: secret))
        case (_?, nil):
            throw .incompleteCredentials("a client id is set but no client secret; set SEEK_PASS_CLIENT_SECRET or client_secret in the profile")
        case (nil, _?):
            throw .incompleteCredentials("a client secret is set but no client id; set SEEK_PASS_CLIENT_ID, --client-id or client_id in the profile")
        case (nil, nil):
            if let token = profile?.accessToken { return .token(token) }
            return .none
        }
    }

    private func env(_ key: String) -> String? {
        guard let value = environment[key], !value.isEmpty else { return nil }
        return value
    }
}
