import Foundation
import TestSupport
import Testing
@testable import TerminalUI

@Suite struct ThemeTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: ThemeCatalog.shippedNames)
    func everyShippedThemeLoadsAndStylesEveryRole(name: String) throws {
        let text = try #require(EmbeddedThemes.text[name])
        let theme = try ThemeParser.parse(text, name: name, file: "\(name).toml")
        #expect(theme.name == name)
        #expect(theme.styles.count == ThemeRole.allCases.count)
        let catalog = ThemeCatalog(userDirectory: nil)
        #expect(catalog.load(name).problem == nil)
        #expect(catalog.load(name).theme == theme)
    }

    @Test(arguments: ThemeCatalog.shippedNames)
    func embeddedCopyEqualsTheFileInThemes(name: String) throws {
        let file = Self.repoRoot.appendingPathComponent("themes/\(name).toml")
        let onDisk = try String(contentsOf: file, encoding: .utf8)
        #expect(EmbeddedThemes.text[name].map { $0 + "\n" } == onDisk,
                "Sources/TerminalUI/Theme/EmbeddedThemes.swift must hold themes/\(name).toml verbatim")
    }

    @Test func focusIsVisibleWithoutColourInEveryShippedTheme() throws {
        for name in ThemeCatalog.shippedNames {
            let theme = ThemeCatalog(userDirectory: nil).load(name).theme
            for role in [ThemeRole.focus, .fieldFocused, .selection] {
                let mono = theme[role].fitted(to: .monochrome)
                let text = theme[.text].fitted(to: .monochrome)
                if name == "monochrome" { #expect(mono != text, "\(name) \(role)") }
            }
        }
    }

    @Test func rolesInheritTextColours() throws {
        let theme = try ThemeParser.parse("[text]\nfg = \"white\"\nbg = \"black\"\n[error]\nfg = \"red\"\nbold = true\n", name: "t", file: "t.toml")
        #expect(theme[.error] == Style(foreground: .indexed(1), background: .indexed(0), attributes: .bold))
        #expect(theme[.muted] == Style(foreground: .indexed(7), background: .indexed(0)))
    }

    @Test func brokenThemeNamesFileLineAndKeyAndFallsBack() throws {
        let folder = try TemporaryDirectory("themes")
        let directory = folder.url
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("broken.toml").path
        try "[text]\nfg = \"white\"\n\n[focus]\nbg = \"blu\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = ThemeCatalog(userDirectory: directory.path).load("broken")
        let problem = try #require(loaded.problem)
        #expect(problem.file == path)
        #expect(problem.line == 5)
        #expect(problem.key == "bg")
        #expect(problem.description.hasPrefix("\(path):5: key 'bg': 'blu' is not a colour"))
        #expect(loaded.theme == Theme.fallback)
    }

    @Test func unknownRoleAndKeyAreReported() {
        #expect(throws: ThemeError(file: "f", line: 1, key: nil, message: "unknown role [focused]")) {
            try ThemeParser.parse("[focused]\n", name: "x", file: "f")
        }
        #expect { try ThemeParser.parse("[focus]\nbolt = true\n", name: "x", file: "f") } throws: {
            ($0 as? ThemeError)?.key == "bolt" && ($0 as? ThemeError)?.line == 2
        }
    }

    @Test func userThemeOverridesShippedThemeByName() throws {
        let folder = try TemporaryDirectory("themes")
        let directory = folder.url
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "name = \"mine\"\n[title]\nfg = \"red\"\n".write(toFile: directory.appendingPathComponent("light.toml").path, atomically: true, encoding: .utf8)
        try "[title]\nfg = \"blue\"\n".write(toFile: directory.appendingPathComponent("extra.toml").path, atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(userDirectory: directory.path)
        #expect(catalog.load("light").theme.name == "mine")
        #expect(catalog.load("light").theme[.title].foreground == .indexed(1))
        #expect(catalog.names == ["default", "light", "high-contrast", "monochrome", "extra"])
    }

    @Test func unknownThemeFallsBackWithReason() {
        let loaded = ThemeCatalog(userDirectory: nil).load("nope")
        #expect(loaded.theme == Theme.fallback)
        #expect(loaded.problem?.message.contains("available: default, light") == true)
    }

    @Test func noColorForcesMonochrome() {
        let catalog = ThemeCatalog(environment: ["NO_COLOR": "1", "HOME": "/nonexistent"])
        #expect(catalog.noColor)
        let theme = catalog.load("high-contrast").theme
        #expect(theme.name == "monochrome")
        for role in ThemeRole.allCases {
            #expect(theme[role].foreground == .default && theme[role].background == .default)
        }
        #expect(ThemeCatalog(environment: ["NO_COLOR": ""]).noColor == false)
    }

    @Test func userDirectoryFollowsXDGThenHome() {
        #expect(ThemeCatalog(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).userDirectory == "/x/seekpass-composer/themes")
        #expect(ThemeCatalog(environment: ["HOME": "/h"]).userDirectory == "/h/.config/seekpass-composer/themes")
        #expect(ThemeCatalog(environment: [:]).userDirectory == nil)
    }

    @Test func shippedThemesDegradeTo8Colours() {
        let theme = ThemeCatalog(userDirectory: nil).load("default").theme
        let focused256 = theme[.fieldFocused].fitted(to: .indexed256)
        let focused8 = theme[.fieldFocused].fitted(to: .ansi8)
        #expect(focused256.background == .indexed(24))
        #expect(focused8.background == .indexed(6))
        for role in ThemeRole.allCases {
            for color in [theme[role].fitted(to: .ansi8).foreground, theme[role].fitted(to: .ansi8).background] {
                if case .indexed(let i) = color { #expect(i < 8) }
                if case .rgb = color { Issue.record("rgb left after fitting to 8 colours") }
            }
        }
    }
}
