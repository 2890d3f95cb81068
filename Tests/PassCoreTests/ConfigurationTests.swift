import Foundation
import Testing
@testable import PassCore

struct ConfigurationTests {
    func resolve(_ home: TemporaryHome, flags: ConfigurationResolver.Flags = .init(), env: [String: String] = [:]) throws -> ConfigurationResolver.Choice {
        var notes: [String] = []
        return try ConfigurationResolver(flags: flags, environment: env, paths: home.paths).resolve(notes: &notes)
    }

    func endpoint(_ choice: ConfigurationResolver.Choice) throws -> Endpoint {
        guard case .remote(let endpoint) = choice else { throw ConfigurationError.invalidValue("not remote") }
        return endpoint
    }

    @Test func flagsWinOverEnvironmentWhichWinsOverTheProfile() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let secret = TemporaryHome.secret()
        try home.writeProfiles("""
            default = "staging"
            [profile.staging]
            url = "https://profile.example"
            client_id = "from-profile"
            client_secret = "\(secret)"
            id_prefix = "ACME"
            [production]
            url = "https://pass.example"
            """)
        let fromProfile = try endpoint(try resolve(home))
        #expect(fromProfile.baseURL == "https://profile.example")
        #expect(fromProfile.profileName == "staging")
        #expect(fromProfile.idPrefix == "ACME")
        guard case .clientCredentials(let credentials) = fromProfile.authentication else { Issue.record("no grant"); return }
        #expect(credentials.clientID == "from-profile")
        #expect(credentials.tokenURL == "https://profile.example/api/partner/v1/oauth/token.json")
        #expect(credentials.clientSecret.reveal() == secret)

        let fromEnv = try endpoint(try resolve(home, env: ["SEEK_PASS_URL": "https://env.example", "SEEK_PASS_CLIENT_ID": "from-env"]))
        #expect(fromEnv.baseURL == "https://env.example")
        guard case .clientCredentials(let envCredentials) = fromEnv.authentication else { Issue.record("no grant"); return }
        #expect(envCredentials.clientID == "from-env")

        let fromFlags = try endpoint(try resolve(home, flags: .init(url: "https://flag.example", clientID: "from-flag"),
                                                 env: ["SEEK_PASS_URL": "https://env.example"]))
        #expect(fromFlags.baseURL == "https://flag.example")

        let token = TemporaryHome.secret()
        let withToken = try endpoint(try resolve(home, env: ["ACCESS_TOKEN": token]))
        guard case .token(let given) = withToken.authentication else { Issue.record("no token"); return }
        #expect(given.reveal() == token)

        let production = try endpoint(try resolve(home, flags: .init(profile: "production")))
        #expect(production.isProductionLike)
        #expect(try !Endpoint(baseURL: "https://app.seekpass-staging.com", authentication: .none).isProductionLike)
    }

    @Test func nothingConfiguredMeansTheEmbeddedSandbox() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        guard case .embeddedSandbox(nil, RequestID.defaultPrefix) = try resolve(home) else {
            Issue.record("expected the embedded sandbox")
            return
        }
    }

    @Test func aReadableFileWithASecretIsRefusedWithTheFix() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let secret = TemporaryHome.secret()
        try home.writeProfiles("[profile.staging]\nurl = \"https://a.example\"\nclient_id = \"c\"\nclient_secret = \"\(secret)\"\n", mode: 0o644)
        #expect {
            _ = try resolve(home)
        } throws: { error in
            guard let error = error as? ConfigurationError, case .secretFileReadable = error else { return false }
            let text = error.description
            return text.contains("chmod 600") && text.contains(home.paths.profilesFile) && !text.contains(secret)
        }
        // Without a secret in it, the same mode is fine.
        try home.writeProfiles("[profile.staging]\nurl = \"https://a.example\"\n", mode: 0o644)
        _ = try resolve(home, flags: .init(profile: "staging"))
    }

    @Test func plainHTTPIsRefusedExceptOnLoopback() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        #expect {
            _ = try resolve(home, env: ["SEEK_PASS_URL": "http://pass.example"])
        } throws: { error in
            (error as? ConfigurationError)?.description.contains("use https://") == true
        }
        let local = try endpoint(try resolve(home, env: ["SEEK_PASS_URL": "http://127.0.0.1:8080/"]))
        #expect(local.baseURL == "http://127.0.0.1:8080")
        #expect(!local.isProductionLike)
        #expect(URLPolicy.isLoopback("localhost") && URLPolicy.isLoopback("[::1]") && URLPolicy.isLoopback("127.1.2.3"))
        #expect(!URLPolicy.isLoopback("127.0.0.1.evil.example") && !URLPolicy.isLoopback("10.0.0.1"))
    }

    @Test func unknownProfilesAndHalfCredentialsAreExplained() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        try home.writeProfiles("[profile.staging]\nurl = \"https://a.example\"\ncolour = \"blue\"\n")
        #expect {
            _ = try resolve(home, flags: .init(profile: "prod"))
        } throws: { error in
            (error as? ConfigurationError)?.description.contains("known profiles: staging") == true
        }
        #expect {
            _ = try resolve(home, flags: .init(profile: "staging", clientID: "only-id"))
        } throws: { error in
            (error as? ConfigurationError)?.description.contains("no client secret") == true
        }
        var notes: [String] = []
        _ = try ConfigurationResolver(flags: .init(profile: "staging"), environment: [:], paths: home.paths).resolve(notes: &notes)
        #expect(notes.count == 1 && notes[0].contains(":3: colour: unknown key"))
    }

    @Test func aKeyOfTheWrongTypeNamesFileLineAndKey() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        try home.writeProfiles("[profile.a]\nurl = \"https://a.example\"\nupload_concurrency = \"four\"\n")
        #expect {
            _ = try resolve(home, flags: .init(profile: "a"))
        } throws: { error in
            (error as? ConfigurationError)?.description == "\(home.paths.profilesFile):3: upload_concurrency: expected a whole number from 1 to 64"
        }
    }

    @Test func xdgPathsFollowTheEnvironment() {
        let paths = AppPaths.resolve(environment: ["HOME": "/home/u", "XDG_STATE_HOME": "/state", "XDG_CONFIG_HOME": "relative"])
        #expect(paths.configDirectory == "/home/u/.config/seekpass-composer")
        #expect(paths.historyFile == "/state/seekpass-composer/history.jsonl")
        #expect(AppPaths.resolve(environment: ["HOME": "/home/u"]).historyFile == "/home/u/.local/state/seekpass-composer/history.jsonl")
    }

    @Test func requestIDsHaveThePrefixAndAUUID() {
        let id = RequestID.make(prefix: "ACME")
        #expect(id.hasPrefix("ACME-"))
        #expect(UUID(uuidString: String(id.dropFirst(5))) != nil)
        #expect(RequestID.problem(withPrefix: "ACME_1") == nil)
        #expect(RequestID.problem(withPrefix: "-x") != nil)
        #expect(RequestID.problem(withPrefix: "a b") != nil)
    }

    @Test func secretsDoNotPrintThemselves() {
        let value = TemporaryHome.secret()
        let secret = Secret(value)
        #expect("\(secret)" == Redaction.placeholder)
        var dumped = ""
        dump(secret, to: &dumped)
        #expect(!dumped.contains(value))
        #expect(!String(reflecting: Endpoint.Authentication.token(secret)).contains(value))
    }
}
