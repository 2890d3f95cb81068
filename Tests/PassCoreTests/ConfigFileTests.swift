import Foundation
import Testing
@testable import PassCore

/// config.toml: `[keys]` read with the line of each setting; every problem names the file,
/// the line and the key, and nothing stops the program.
struct ConfigFileTests {
    @Test func readsTheKeysTable() {
        let file = ConfigFile.parse("""
            # my keys
            [keys]
            help = "ctrl-g"
            save = ["f2", "alt-w"]
            """, path: "/c/config.toml")
        #expect(file.problems.isEmpty)
        #expect(file.keys == [
            .init(action: "help", keys: ["ctrl-g"], line: 3),
            .init(action: "save", keys: ["f2", "alt-w"], line: 4),
        ])
    }

    @Test func problemsNameTheFileLineAndKey() {
        let file = ConfigFile.parse("""
            theme = "light"
            [keys]
            help = 7
            save = []
            open = ["f3", 3]
            """, path: "/c/config.toml")
        #expect(file.keys.isEmpty)
        #expect(file.problems.map(\.line) == [1, 3, 4, 5])
        #expect(file.problems.map(\.key) == ["theme", "help", "save", "open"])
        #expect(file.problems[0].description.hasPrefix("/c/config.toml:1: theme: unknown setting"))
        #expect(file.problems[1].message.contains("expected a key in quotes"))
        #expect(file.problems[2].message.contains("give at least one key"))
        #expect(file.problems[3].message.contains("every key of the list goes in quotes"))
    }

    @Test func aSyntaxErrorIsOneProblemAndTheDefaultsStay() {
        let file = ConfigFile.parse("[keys]\nhelp = ctrl-g\n", path: "/c/config.toml")
        #expect(file.keys.isEmpty)
        #expect(file.problems.count == 1)
        #expect(file.problems.first?.description.hasPrefix("/c/config.toml:2: help: ctrl-g is not a value") == true)
        #expect(file.problems.first?.message.contains("defaults are used") == true)
    }

    @Test func aMissingFileIsNoSettings() {
        let file = ConfigFile.load("/nonexistent-\(UUID().uuidString)/config.toml")
        #expect(file.keys.isEmpty && file.problems.isEmpty)
    }

    @Test func pathsNameTheConfigFile() {
        let paths = AppPaths.resolve(environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": "/cfg"])
        #expect(paths.configFile == "/cfg/seekpass-composer/config.toml")
        #expect(paths.all.contains { $0.name == "config-file" && $0.path == paths.configFile })
    }
}
