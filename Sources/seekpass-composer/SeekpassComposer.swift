import ArgumentParser
import Foundation

/// The program's root command: with no subcommand it opens the composer.
@main
struct SeekpassComposer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seekpass-composer",
        abstract: "Compose, check and submit credentials to the SEEK Pass partner API.",
        usage: """
            seekpass-composer [FILE] [--new <kind>] [--theme <theme>] [<options>]
            seekpass-composer <subcommand>
            """,
        discussion: """
            With no subcommand, the full-screen composer (compose) opens:

              FILE              a payload file to open (a batch, a single L&D request or a
                                career history); a .json file that does not exist yet is
                                a new document, created on the first save (F2)
              --new <kind>      start a new document of this kind: batch, single or
                                career-history (else the last unsaved draft is offered)
              --theme <theme>   default, light, high-contrast, monochrome, or a user theme

            'seekpass-composer compose --help' lists every option of the composer.
            """,
        version: "0.1.0",
        subcommands: [
            ComposeCommand.self, ValidateCommand.self, PreviewCommand.self, RulesCommand.self,
            SubmitCommand.self, StatusCommand.self, SandboxCommand.self, PathsCommand.self, KeysCommand.self, GalleryCommand.self, DraftStressCommand.self,
        ],
        defaultSubcommand: ComposeCommand.self
    )

    func run() async throws {
        print("seekpass-composer")
    }

    /// Runs the command named on the command line. A usage mistake exits
    /// with status 2, as unreadable input does, not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            exit(withError: code)
        } catch {
            // Every message, ArgumentParser's own included, passes the one
            // gate: an argument with an escape in it is echoed visibly.
            let message = fullMessage(for: error)
            let code = exitCode(for: error)
            if code == .success {
                StandardStreams.out(message + "\n")
                Foundation.exit(0)
            }
            if !message.isEmpty { StandardStreams.err(message + "\n") }
            Foundation.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}
