import Foundation
import TestSupport
import Testing

/// `seekpass-composer keys` and `paths` with a config.toml of one's own, in a home of temporary folders.
struct KeysCommandTests {
    /// A home with its own XDG folders; config.toml is written under XDG_CONFIG_HOME.
    final class Home {
        let scratch: TemporaryDirectory
        var config: URL { scratch.url.appendingPathComponent(".config/seekpass-composer/config.toml") }

        init(config text: String? = nil) throws {
            scratch = try TemporaryDirectory()
            if let text { try scratch.file(".config/seekpass-composer/config.toml", text: text) }
        }

        func run(_ arguments: [String]) throws -> Spawn.Result {
            try BuiltProgram.run(arguments, environment: scratch.homeEnvironment())
        }
    }

    func line(_ result: Spawn.Result, _ action: String) -> String {
        result.output.split(separator: "\n").first { $0.hasPrefix(action + " ") }.map(String.init) ?? ""
    }

    @Test func printsTheDefaultsWithoutAConfigFile() throws {
        let home = try Home()
        let result = try home.run(["keys"])
        #expect(result.status == 0, "\(result)")
        #expect(result.output.contains(home.config.path))
        #expect(line(result, "help").contains("f1, ?, alt-k"), "\(result)")
        #expect(line(result, "submit").contains("f10, alt-g") && line(result, "submit").contains("default"))
        #expect(line(result, "export").contains("(palette only)"))
        #expect(result.stderr.isEmpty)
    }

    @Test func printsTheRemappedKeysAndWhereTheyComeFrom() throws {
        let home = try Home(config: "[keys]\nhelp = \"ctrl-g\"\nsave = [\"F2\", \"Ctrl-X\"]\n")
        let result = try home.run(["keys"])
        #expect(result.status == 0, "\(result)")
        #expect(line(result, "help").contains("ctrl-g") && line(result, "help").contains("config.toml:2"), "\(result)")
        #expect(line(result, "save").contains("f2, ctrl-x") && line(result, "save").contains("config.toml:3"))
        let json = try home.run(["keys", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any]
        let keys = object?["keys"] as? [[String: Any]] ?? []
        #expect(keys.first { $0["action"] as? String == "help" }?["keys"] as? [String] == ["ctrl-g"])
    }

    @Test func aBadConfigIsNamedOnStandardErrorAndTheDefaultsArePrinted() throws {
        let home = try Home(config: "[keys]\nhelpp = \"ctrl-g\"\nsave = \"ctrl-q\"\nopen = \"ctrl-ii\"\n")
        let result = try home.run(["keys"])
        #expect(result.status == 1, "\(result)")
        let path = home.config.path
        #expect(result.stderr.contains("\(path):2: helpp: no such action; did you mean help?"), "\(result)")
        #expect(result.stderr.contains("\(path):3: save: ctrl-q is the key of quit"), "\(result)")
        #expect(result.stderr.contains("\(path):4: open: \"ctrl-ii\" is not a key"), "\(result)")
        #expect(line(result, "save").contains("f2, alt-w") && line(result, "save").contains("default"))
        #expect(result.isCalm)
    }

    @Test func pathsNamesConfigToml() throws {
        let home = try Home()
        let result = try home.run(["paths"])
        #expect(result.status == 0)
        #expect(result.output.contains("config-file") && result.output.contains(home.config.path), "\(result)")
    }
}
