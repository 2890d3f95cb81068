import ArgumentParser
import ComposerKit
import Foundation
import PassCore
import PassSandbox
import TerminalUI

/// `seekpass-composer [FILE]`: the composer, full screen; or as plain lines (`--accessible`,
/// `ACCESSIBLE=1`, `TERM=dumb`).
struct ComposeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Compose credentials in the full-screen composer (the default command).",
        discussion: """
            --accessible (or ACCESSIBLE=1, or TERM=dumb) runs the composer as a line mode for screen readers \
            and scripts: plain lines, no screen, no colour; it reads answers and command words (help, list, \
            preview, save, submit, done) from standard input, which may be a pipe. The end of input saves a \
            draft and says where. See docs/accessibility.md.
            """
    )

    enum NewKind: String, ExpressibleByArgument, CaseIterable {
        case batch
        case single
        case careerHistory = "career-history"

        var kind: PayloadKind {
            switch self {
            case .batch: .batch
            case .single: .microcredential
            case .careerHistory: .careerHistory
            }
        }
    }

    @Argument(help: "A payload file to open (a batch, a single L&D request or a career history); a new .json file is created on the first save.")
    var file: String?

    @Option(help: "Start a new document of this kind instead of offering the last draft: batch, single, career-history.")
    var new: NewKind?

    @Option(name: .long, help: "The theme (shipped: default, light, high-contrast, monochrome; or a user theme).")
    var theme: String?

    @Option(help: ArgumentHelp("Seconds between status refreshes while the sent-requests screen is open (default 10; also SEEKPASS_STATUS_INTERVAL).",
                               valueName: "seconds"))
    var statusInterval: Double?

    @Option(help: ArgumentHelp("Seconds until the embedded sandbox cancels an unaccepted request (default 48 h), for demos.",
                               valueName: "seconds"))
    var sandboxExpiry: Int?

    @OptionGroup var endpointOptions: EndpointOptions

    @Flag(help: "Compose as plain lines a screen reader reads in order, from standard input (a pipe works too); also ACCESSIBLE=1 or TERM=dumb.")
    var accessible = false

    @Flag(help: .hidden)
    var exitAfterFirstFrame = false

    /// Whether the composer runs as the line mode: asked for, or a terminal that cannot show a screen.
    static func wantsLineMode(flag: Bool, environment: [String: String]) -> Bool {
        flag || !(environment["ACCESSIBLE"] ?? "").isEmpty || environment["TERM"] == "dumb"
    }

    /// The refresh interval: the option, else the environment, else the default.
    func refreshInterval(environment: [String: String]) throws -> Double {
        guard let value = statusInterval ?? environment["SEEKPASS_STATUS_INTERVAL"].flatMap(Double.init) else {
            if let text = environment["SEEKPASS_STATUS_INTERVAL"], !text.isEmpty {
                throw ValidationError("SEEKPASS_STATUS_INTERVAL=\(text) is not a number of seconds")
            }
            return HistoryServices.defaultRefreshInterval
        }
        guard value >= 0.2, value <= 3600 else {
            throw ValidationError("the status interval is from 0.2 to 3600 seconds, not \(value)")
        }
        return value
    }

    func validate() throws {
        if let sandboxExpiry, sandboxExpiry <= 0 {
            throw ValidationError("--sandbox-expiry takes a positive number of seconds")
        }
        _ = try refreshInterval(environment: ProcessInfo.processInfo.environment)
        if let file, file != "-", !FileManager.default.fileExists(atPath: file) {
            guard Self.namesNewFile(file) else {
                throw ValidationError("'\(file)' is neither a command nor a file (commands: validate, preview, submit, status, sandbox, rules, paths, keys, gallery; a new file to save to ends in .json)")
            }
            let folder = (file as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            guard folder.isEmpty || (FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue) else {
                throw ValidationError("'\(file)' cannot be saved there: the folder \(folder) does not exist")
            }
        }
    }

    /// Whether a name that is no file is one to create: it ends in `.json` (anything else
    /// is more likely a mistyped command).
    static func namesNewFile(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".json") && !name.hasSuffix("/")
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let lineMode = Self.wantsLineMode(flag: accessible, environment: environment)
        if !lineMode { InteractiveTerminal.requireOrExit() }
        let catalog = ThemeCatalog(environment: environment, glyphs: TerminalApp.localeIsUTF8(environment) ? .unicode : .ascii)
        let themeName = catalog.noColor ? "monochrome" : (theme ?? "default")
        guard lineMode || catalog.contains(themeName) else {
            StandardStreams.err("seekpass-composer: no theme named '\(themeName)' (available: \(catalog.names.joined(separator: ", ")))\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        let loadedTheme = catalog.load(themeName)
        let paths = AppPaths.resolve(environment: environment)
        let recentFiles = RecentFiles(file: paths.recentFilesFile, files: LocalFileSystem())
        let drafts = DraftStore(directory: paths.draftsDirectory, files: LocalFileSystem(), clock: { Date().timeIntervalSince1970 })

        // Where requests go: a configured endpoint, or the sandbox in this process.
        let choice: ConfigurationResolver.Choice
        do {
            choice = try endpointOptions.resolve(paths: paths)
        } catch {
            throw error.exit()
        }
        var current: Endpoint?
        var embeddedPrefix = RequestID.defaultPrefix
        switch choice {
        case .remote(let endpoint): current = endpoint
        case .embeddedSandbox(_, let idPrefix): embeddedPrefix = idPrefix
        }
        var sandboxOptions = SandboxOptions()
        if let sandboxExpiry { sandboxOptions.requestLifetime = .seconds(sandboxExpiry) }

        var notices: [String] = []
        if !lineMode, let problem = loadedTheme.problem { notices.append("Theme not used: \(problem.shortDescription)") }
        let keyMap = ComposerKeyMap.load(path: paths.configFile)
        if !lineMode, let notice = ComposerKeyMap.notice(keyMap, file: paths.configFile) { notices.append(notice) }
        var kept: [(Draft, path: String)] = []
        var recent: [String] = []
        var newFile = false
        var document = Templates.newDocument(new?.kind ?? .batch, ids: .random,
                                             requestIDPrefix: current?.idPrefix ?? embeddedPrefix)
        if let file, file != "-", !FileManager.default.fileExists(atPath: file) {
            // A file that does not exist yet: a new document, saved there with F2.
            document.filePath = file
            newFile = true
        } else if let file {
            switch PayloadCheck.run(file, kind: nil) {
            case .noKind(let finding):
                StandardStreams.err("\(file): \(finding)\n")
                throw ExitCode(ExitStatus.invalid)
            case .unreadable(let error):
                StandardStreams.err("\(error)\n")
                throw ExitCode(ExitStatus.unreadable)
            case .checked(let payload, _):
                document = ComposerDocument.opened(payload.value, kind: payload.kind, filePath: file)
            }
        } else if new == nil {
            for found in drafts.all() {
                switch found {
                case .corrupt(_, let movedTo, let reason):
                    notices.append("A draft could not be read (\(reason)); it was moved to \(movedTo).")
                case .draft(let draft, let path):
                    if !draft.savedToFile { kept.append((draft, path: path)) }
                }
            }
            recent = recentFiles.all().map(\.path)
        }

        var sandbox: RunningSandbox?
        if current == nil { sandbox = try await SandboxServer.start(options: sandboxOptions) }
        let services = ComposerServices(paths: paths, environment: environment, current: current, sandbox: sandbox,
                                        sandboxOptions: sandboxOptions, embeddedPrefix: embeddedPrefix)

        let start = ContinuousClock.now
        let composerEnvironment = ComposerEnvironment(
            now: { let elapsed = ContinuousClock.now - start; return elapsed.inSeconds },
            wallClock: { Date().timeIntervalSince1970 },
            files: LocalFileSystem(),
            inspectFile: { path in FileInspector.inspect(path) },
            drafts: drafts,
            assetMemory: AssetFileMemory(file: paths.assetFilesFile, files: LocalFileSystem()),
            recentFiles: recentFiles,
            homeDirectory: environment["HOME"] ?? NSHomeDirectory(),
            currentDirectory: FileManager.default.currentDirectoryPath,
            endpointLabel: services.choices.first?.label ?? "",
            endpointURL: current?.baseURL,
            services: services.submissionServices(),
            history: services.historyServices(refreshInterval: try refreshInterval(environment: environment))
        )
        if lineMode {
            var composer = LineComposer(document: document, environment: composerEnvironment, output: .standardOutput,
                                        resumable: kept.first?.0, notices: notices, newFile: newFile)
            _ = await composer.run(.standardInput())
            await services.stop()
            return
        }
        let program = ComposerProgram(document: document, environment: composerEnvironment, theme: loadedTheme.theme,
                                      keys: keyMap.table, drafts: kept, recentFiles: recent, notices: notices,
                                      newFile: newFile)
        do {
            let outcome = try await TerminalApp.run(program, options: .init(noColor: catalog.noColor),
                                                    exitAfterFirstFrame: exitAfterFirstFrame)
            await services.stop()
            // As the start dialog said, and kept in the terminal once the screen is gone.
            for problem in keyMap.problems { StandardStreams.err("seekpass-composer: key setting not used: \(problem)\n") }
            TerminalApp.exit(with: outcome)
        } catch {
            StandardStreams.err("seekpass-composer: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
    }

}

/// Looks at files on disk for the composer, with the checks the upload itself makes.
enum FileInspector {
    static func inspect(_ path: String) -> FileInspection {
        let look = AssetPreflight().inspect(path)
        return FileInspection(size: look.size.map(Int.init), detectedType: look.type, problem: look.problem, openCert: look.openCert)
    }
}
