import Foundation
import TestSupport
import Testing

/// The built `seekpass-composer` run as a user runs it, with a private HOME
/// and XDG folders (removed by `remove()`), so it never touches the real ones.
struct BinaryRun {
    struct Result: CustomStringConvertible {
        var status: Int32
        var out: String
        var err: String
        var description: String { "status \(status)\n--- stdout\n\(out)\n--- stderr\n\(err)" }
        var both: String { out + err }
    }

    let home: TemporaryDirectory

    init() throws { home = try TemporaryDirectory() }

    func remove() { home.remove() }

    var environment: [String: String] { home.homeEnvironment() }

    /// Writes `[profile.NAME]` with `lines` to the profile file.
    func profile(_ name: String, _ lines: [String]) throws {
        let text = "[profile.\(name)]\n" + lines.joined(separator: "\n") + "\n"
        let file = try home.file(".config/seekpass-composer/profiles.toml", text: text)
        chmod(file.path, 0o600)
    }

    /// Runs the binary to its end; waits without blocking a thread of the cooperative pool.
    func run(_ arguments: [String], env extra: [String: String] = [:]) async throws -> Result {
        let result = try await BuiltProgram.start(arguments, environment: environment.merging(extra) { $1 }).ended()
        return Result(status: result.status, out: result.output, err: result.stderr)
    }

    /// A `sandbox` process running until `stop()`; its first line names its URL.
    final class Running: @unchecked Sendable {
        let process: Spawn.Running

        init(process: Spawn.Running) {
            self.process = process
        }

        var out: String { process.outputSoFar }
        var err: String { process.errorSoFar }

        /// The URL the sandbox printed, once it has.
        func baseURL() async -> String? {
            try? await Wait.until("the sandbox to say where it listens") { self.out.contains("listening on ") || self.process.hasEnded }
            let line = out.split(separator: "\n").first { $0.contains("listening on ") }
            return line.map { String($0.split(separator: " ").last ?? "") }
        }

        func stop() {
            process.stop()
        }
    }

    /// Starts the binary with `arguments` in the background.
    func start(_ arguments: [String]) throws -> Running {
        Running(process: try BuiltProgram.start(arguments, environment: environment))
    }
}

/// The code points a terminal would act on: C0 (but the newlines and tabs
/// of a layout), DEL, C1, the bidi controls and the line separators.
enum RawControls {
    static func find(in text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            if s == "\n" || s == "\t" { return false }
            return v < 0x20 || (0x7F...0x9F).contains(v) || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}
