import ArgumentParser
import PassCore

/// `seekpass-composer validate FILE...`
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check payload files against every rule of the partner API.",
        discussion: """
            Prints one line per finding: FILE: $.path: message (rule-id).

            Exit status: 0 every file is valid (warnings allowed); 1 a file is invalid, \
            a JSON object of no request kind included (payload.kind); 2 a file is \
            unreadable or holds no JSON object, or the command line is wrong.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Option(help: "The request kind: auto, batch, microcredential or career-history.")
    var kind: KindChoice = .auto

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(name: .shortAndLong, help: "Print findings only, no summary line per file.")
    var quiet = false

    @Argument(help: "Payload files (- reads standard input).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one payload file") }
    }

    func run() throws {
        var status = ExitStatus.ok
        var reports: [JSONValue] = []
        for file in files {
            switch PayloadCheck.run(file, kind: kind.kind) {
            case .noKind(let finding):
                if status == ExitStatus.ok { status = ExitStatus.invalid }
                if format == .json {
                    reports.append(PayloadCheck.report(file: file, kind: nil, findings: [finding]))
                } else {
                    StandardStreams.out("\(file): \(finding)\n")
                    if !quiet { StandardStreams.out("\(file): invalid: no kind of request\n") }
                }
            case .unreadable(let error):
                status = ExitStatus.unreadable
                if format == .json {
                    reports.append(["file": .string(file), "readable": false, "error": .string(error.description)])
                } else {
                    StandardStreams.err("\(error)\n")
                }
            case .checked(let payload, let findings):
                if findings.hasErrors && status == ExitStatus.ok { status = ExitStatus.invalid }
                if format == .json {
                    reports.append(PayloadCheck.report(file: file, kind: payload.kind, findings: findings))
                } else {
                    for finding in findings { StandardStreams.out("\(file): \(finding)\n") }
                    if !quiet { StandardStreams.out(PayloadCheck.summary(file: file, payload: payload, findings: findings) + "\n") }
                }
            }
        }
        if format == .json {
            StandardStreams.out(bytes: JSONWriter.bytes(["files": .array(reports)]))
        }
        if status != ExitStatus.ok { throw ExitCode(status) }
    }
}

/// Reading and validating one payload file, shared by the headless commands.
enum PayloadCheck {
    enum Outcome {
        case unreadable(PayloadFile.LoadError)
        case checked(PayloadFile, [Finding])
        /// A JSON object that is no kind of request: invalid input, with its `payload.kind` finding.
        case noKind(Finding)
    }

    static func run(_ file: String, kind: PayloadKind?) -> Outcome {
        do {
            let payload = try PayloadInput.load(file, kind: kind)
            return .checked(payload, Validator.standard.validate(payload.value, as: payload.kind))
        } catch .unknownKind {
            return .noKind(Finding(.error, .payloadKind, at: .root, PayloadKind.detectionAdvice))
        } catch {
            return .unreadable(error)
        }
    }

    static func summary(file: String, payload: PayloadFile, findings: [Finding]) -> String {
        let errors = findings.errors.count
        let warnings = findings.warnings.count
        var counts: [String] = []
        if errors > 0 { counts.append(errors == 1 ? "1 error" : "\(errors) errors") }
        if warnings > 0 { counts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
        let state = errors == 0 ? "valid" : "invalid"
        let detail = counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")"
        return "\(file): \(state) \(payload.kind.noun)\(detail)"
    }

    static func report(file: String, kind: PayloadKind?, findings: [Finding]) -> JSONValue {
        .object(JSONObject([
            .init("file", .string(file)),
            .init("readable", true),
            .init("kind", kind.map { .string($0.rawValue) } ?? .null),
            .init("valid", .bool(!findings.hasErrors)),
            .init("findings", .array(findings.map { finding in
                .object(JSONObject([
                    .init("severity", .string(finding.severity.rawValue)),
                    .init("rule", .string(finding.rule.rawValue)),
                    .init("path", .string(finding.path.description)),
                    .init("message", .string(finding.message)),
                ]))
            })),
        ]))
    }
}
