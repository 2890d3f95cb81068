import ArgumentParser

/// The program's root command: with no subcommand it opens the composer.
@main
struct SeekpassComposer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seekpass-composer",
        abstract: "Compose, check and submit credentials to the SEEK Pass partner API.",
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, PreviewCommand.self, RulesCommand.self,
            SubmitCommand.self, StatusCommand.self, SandboxCommand.self, PathsCommand.self,
        ]
    )

    func run() async throws {
        print("seekpass-composer")
    }
}
