import Foundation
import Testing
@testable import PassCore

/// profiles.toml through TOMLKit: errors name the file, the line and the key, never a
/// secret's value, and permissions are checked before syntax.
struct ProfileFileTests {
    @Test func anUnquotedSecretIsNotEchoed() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let secret = "TopSecret-" + UUID().uuidString.prefix(8)
        try home.writeProfiles("[profile.staging]\nurl = \"https://a.example\"\nclient_id = \"c\"\nclient_secret = \(secret)\n")
        #expect {
            _ = try ProfileFile.load(home.paths.profilesFile)
        } throws: { error in
            guard let error = error as? ConfigurationError, case .syntax(let toml) = error else { return false }
            let text = error.description
            return toml.line == 4 && toml.key == "client_secret" && text.hasPrefix("\(home.paths.profilesFile):4: client_secret:")
                && text.contains("in quotes") && !text.contains(secret) && !text.contains("'T'")
        }
    }

    @Test func permissionsAreCheckedBeforeSyntax() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let secret = "TopSecret-" + UUID().uuidString.prefix(8)
        try home.writeProfiles("[profile.staging]\nurl = \"https://a.example\"\nclient_secret = \(secret)\n", mode: 0o644)
        #expect {
            _ = try ProfileFile.load(home.paths.profilesFile)
        } throws: { error in
            guard let error = error as? ConfigurationError, case .secretFileReadable(_, let mode, let holding) = error else { return false }
            return mode == 0o644 && holding == "client_secret in [profile.staging]" && error.description.contains("chmod 600")
                && !error.description.contains(secret)
        }
        // Without a secret, a readable broken file gets its syntax error.
        try home.writeProfiles("[profile.staging]\nurl = https://a.example\n", mode: 0o644)
        #expect {
            _ = try ProfileFile.load(home.paths.profilesFile)
        } throws: { error in
            guard let error = error as? ConfigurationError, case .syntax(let toml) = error else { return false }
            return toml.line == 2 && toml.key == "url"
        }
    }

    @Test func theShortTableFormAndTheTreeFormAreOneProfile() throws {
        let file = try ProfileFile.parse("default = \"b\"\n[a]\nurl = \"https://a.example\"\n[profile.b]\nurl = \"https://b.example\"\n",
                                         path: "p.toml")
        #expect(file.profiles.map(\.name) == ["a", "b"])
        #expect(file.defaultProfile == "b")
        #expect {
            _ = try ProfileFile.parse("[a]\nurl = \"x\"\n[profile.a]\nurl = \"y\"\n", path: "p.toml")
        } throws: { error in
            (error as? ConfigurationError)?.description == "p.toml:3: the profile a is defined twice"
        }
        #expect {
            _ = try ProfileFile.parse("[profile.a.b]\nurl = \"x\"\n", path: "p.toml")
        } throws: { error in
            (error as? ConfigurationError)?.description.hasPrefix("p.toml:1: a profile table is [profile.NAME]") == true
        }
    }

    @Test func wrongTypesNameTheLineAndKeyWithoutTheValue() throws {
        let secret = Int.random(in: 100_000...999_999)
        #expect {
            _ = try ProfileFile.parse("[profile.a]\nurl = \"https://a.example\"\naccess_token = \(secret)\n", path: "p.toml")
        } throws: { error in
            let text = (error as? ConfigurationError)?.description ?? ""
            return text == "p.toml:3: access_token: expected a \"string\", found an integer" && !text.contains(String(secret))
        }
    }
}
