import ArgumentParser
import PassCore

/// `seekpass-composer preview FILE`
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Print the exact request body that submit would send.",
        discussion: """
            Validates first. Findings go to standard error; the body goes to standard \
            output only when the payload is valid. Exit status as for validate.
            """
    )

    @Option(help: "The request kind: auto, batch, microcredential or career-history.")
    var kind: KindChoice = .auto

    @Argument(help: "A payload file (- reads standard input).")
    var file: String

    func run() throws {
        switch PayloadCheck.run(file, kind: kind.kind) {
        case .noKind(let finding):
            StandardStreams.err("\(file): \(finding)\n\(file): invalid: no kind of request; nothing printed\n")
            throw ExitCode(ExitStatus.invalid)
        case .unreadable(let error):
            StandardStreams.err("\(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        case .checked(let payload, let report):
            StandardStreams.err(PayloadCheck.lines(file: file, report: report))
            guard !report.hasErrors else {
                StandardStreams.err(PayloadCheck.summary(file: file, payload: payload, report: report) + "; nothing printed\n")
                throw ExitCode(ExitStatus.invalid)
            }
            StandardStreams.out(bytes: CanonicalJSON.standard.body(payload.value, as: payload.kind))
        }
    }
}
