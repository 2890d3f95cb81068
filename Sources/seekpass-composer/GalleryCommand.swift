import ArgumentParser
import Foundation
import TerminalUI

/// `seekpass-composer gallery`: every widget and the active theme's roles on one screen.
struct GalleryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "Show every widget and the theme's roles; F2 switches themes live."
    )

    @Option(name: .long, help: "The theme to start with (shipped: default, light, high-contrast, monochrome; or a user theme).")
    var theme: String?

    func run() async throws {
        InteractiveTerminal.requireOrExit()
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog(environment: environment, glyphs: TerminalApp.localeIsUTF8(environment) ? .unicode : .ascii)
        let names = catalog.noColor ? ["monochrome"] : catalog.names
        let start = theme ?? "default"
        guard catalog.contains(start) else {
            StandardStreams.err("seekpass-composer: no theme named '\(start)' (available: \(catalog.names.joined(separator: ", ")))\n")
            throw ExitCode(2)
        }
        let themes = names.map { catalog.load($0) }
        let program = GalleryProgram(
            themes: themes,
            themeIndex: names.firstIndex(of: start) ?? 0,
            notice: catalog.noColor ? "NO_COLOR is set: no colours, attributes only" : nil
        )
        do {
            let outcome = try await TerminalApp.run(program, options: .init(noColor: catalog.noColor))
            for problem in themes.compactMap(\.problem) {
                StandardStreams.err("seekpass-composer: theme not used: \(problem)\n")
            }
            TerminalApp.exit(with: outcome)
        } catch {
            StandardStreams.err("seekpass-composer: \(error)\n")
            throw ExitCode(2)
        }
    }
}
