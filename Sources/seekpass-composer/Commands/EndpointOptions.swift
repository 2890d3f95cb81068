import ArgumentParser
import Foundation
import PassCore

/// Where `submit` and `status` send their calls.
struct EndpointOptions: ParsableArguments {
    @Option(help: "A profile of the profile file (see `paths`).")
    var profile: String?

    @Option(help: "The base URL of the partner API (overrides SEEK_PASS_URL and the profile).")
    var url: String?

    @Option(help: "The OAuth client id (the secret comes from SEEK_PASS_CLIENT_SECRET or the profile).")
    var clientID: String?

    @Option(help: "A sandbox started by `seekpass-composer sandbox`, e.g. http://127.0.0.1:8080.")
    var sandboxURL: String?

    /// The endpoint these options name; nil means the embedded sandbox.
    func resolve(paths: AppPaths) throws(CommandFailure) -> ConfigurationResolver.Choice {
        let environment = ProcessInfo.processInfo.environment
        if let sandboxURL {
            return .remote(try SandboxSession.endpoint(url: sandboxURL, paths: paths, environment: environment))
        }
        let resolver = ConfigurationResolver(
            flags: .init(url: url, profile: profile, clientID: clientID), environment: environment, paths: paths)
        var notes: [String] = []
        do {
            let choice = try resolver.resolve(notes: &notes)
            for note in notes { StandardStreams.err(TextSanitizer.sanitize("note: \(note)") + "\n") }
            return choice
        } catch {
            throw CommandFailure(ExitStatus.unreadable, error.description)
        }
    }
}

/// A failure a command reports with its exit status.
struct CommandFailure: Error {
    var status: Int32
    var message: String

    init(_ status: Int32, _ message: String) {
        self.status = status
        self.message = message
    }

    /// Prints the message and exits with the status.
    func exit() -> ExitCode {
        StandardStreams.err("error: \(message)\n")
        return ExitCode(status)
    }
}
