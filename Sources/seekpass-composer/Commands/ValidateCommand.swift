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
            case .unreadable(let error):
                status = ExitStatus.unreadable
                if format == .json {
                    reports.append(["file": .string(file), "readable": false, "error": .string(error.description)])
                } else {
                    StandardStreams.err("\(error)\n")
                }
            case .noKind(let finding):
                if status == ExitStatus.ok { status = ExitStatus.invalid }
                if format == .json {
                    reports.append(PayloadCheck.report(file: file, kind: nil, report: FindingReport(findings: [finding])))
                } else {
                    StandardStreams.out(PayloadCheck.line(file: file, finding))
                    if !quiet { StandardStreams.out(TextSanitizer.sanitize(file) + ": invalid: no kind of request\n") }
                }
            case .checked(let payload, let report):
                if report.hasErrors && status == ExitStatus.ok { status = ExitStatus.invalid }
                if format == .json {
                    reports.append(PayloadCheck.report(file: file, kind: payload.kind, report: report))
                } else {
                    StandardStreams.out(PayloadCheck.lines(file: file, report: report))
                    if !quiet { StandardStreams.out(PayloadCheck.summary(file: file, payload: payload, report: report) + "\n") }
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
    /// The most findings printed for one file; the others are counted by rule.
    static let printedFindings = 1000

    enum Outcome {
        case unreadable(PayloadFile.LoadError)
        case checked(PayloadFile, FindingReport)
        /// A JSON object that is no kind of request: invalid input, with its `payload.kind` finding.
        case noKind(Finding)
    }

    static func run(_ file: String, kind: PayloadKind?) -> Outcome {
        do {
            let payload = try PayloadInput.load(file, kind: kind)
            return .checked(payload, Validator.standard.validate(payload.value, as: payload.kind, limit: printedFindings))
        } catch .unknownKind {
            return .noKind(Finding(.error, .payloadKind, at: .root, PayloadKind.detectionAdvice))
        } catch .notAPayload(_, let what) {
            return .noKind(Finding(.error, .payloadKind, at: .root, what))
        } catch {
            return .unreadable(error)
        }
    }

    /// One line per kept finding, `FILE: $.path: message (rule)`, each shown
    /// whole on its line; then the count of the others by rule, if any.
    static func lines(file: String, report: FindingReport) -> String {
        var text = ""
        for finding in report.findings { text += line(file: file, finding) }
        if !report.omitted.isEmpty { text += TextSanitizer.sanitize("\(file): \(report.omitted.sentence)") + "\n" }
        return text
    }

    /// `FILE: finding` on one line, whatever the file name or the finding hold.
    static func line(file: String, _ finding: Finding) -> String {
        TextSanitizer.sanitize("\(file): \(finding)") + "\n"
    }

    static func summary(file: String, payload: PayloadFile, report: FindingReport) -> String {
        let errors = report.errorCount
        let warnings = report.warningCount
        var counts: [String] = []
        if errors > 0 { counts.append(errors == 1 ? "1 error" : "\(OmittedFindings.grouped(errors)) errors") }
        if warnings > 0 { counts.append(warnings == 1 ? "1 warning" : "\(OmittedFindings.grouped(warnings)) warnings") }
        let state = errors == 0 ? "valid" : "invalid"
        let detail = counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")"
        return TextSanitizer.sanitize(file) + ": \(state) \(payload.kind.noun)\(detail)"
    }

    static func report(file: String, kind: PayloadKind?, report: FindingReport) -> JSONValue {
        var members: [JSONObject.Member] = [
            .init("file", .string(file)),
            .init("readable", true),
            .init("kind", kind.map { .string($0.rawValue) } ?? .null),
            .init("valid", .bool(!report.hasErrors)),
            .init("findings", .array(report.findings.map { finding in
                .object(JSONObject([
                    .init("severity", .string(finding.severity.rawValue)),
                    .init("rule", .string(finding.rule.rawValue)),
                    .init("path", .string(finding.path.description)),
                    .init("message", .string(finding.message)),
                ]))
            })),
        ]
        if !report.omitted.isEmpty {
            members.append(.init("more_findings", .number(String(report.omitted.count))))
            members.append(.init("more_findings_by_rule", .object(JSONObject(
                report.omitted.byRule.sorted { $0.key < $1.key }.map { .init($0.key.rawValue, .number(String($0.value))) }))))
        }
        return .object(JSONObject(members))
    }
}
