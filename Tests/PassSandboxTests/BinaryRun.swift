import Foundation
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

    let home: TemporaryFolder

    init() throws { home = try TemporaryFolder() }

    func remove() { home.remove() }

    var environment: [String: String] {
        ["HOME": home.path, "XDG_CONFIG_HOME": home.path + "/.config", "XDG_STATE_HOME": home.path + "/.local/state",
         "XDG_DATA_HOME": home.path + "/.local/share", "XDG_CACHE_HOME": home.path + "/.cache",
         "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    }

    /// Writes `[profile.NAME]` with `lines` to the profile file.
    func profile(_ name: String, _ lines: [String]) throws {
        let folder = home.path + "/.config/seekpass-composer"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = "[profile.\(name)]\n" + lines.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/profiles.toml"))
        chmod(folder + "/profiles.toml", 0o600)
    }

    /// Runs the binary to its end; waits without blocking a thread of the
    /// cooperative pool.
    func run(_ arguments: [String], env extra: [String: String] = [:]) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandTests.binary)
        process.arguments = arguments
        process.environment = environment.merging(extra) { $1 }
        let outFile = home.path + "/out-\(UUID().uuidString)", errFile = outFile + ".err"
        FileManager.default.createFile(atPath: outFile, contents: nil)
        FileManager.default.createFile(atPath: errFile, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outFile))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errFile))
        process.standardInput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return Result(status: status,
                      out: (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? "",
                      err: (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? "")
    }

    /// A `sandbox` process running until `stop()`; its first line names its URL.
    final class Running: @unchecked Sendable {
        let process: Process
        let outFile: String
        let errFile: String

        init(process: Process, outFile: String, errFile: String) {
            self.process = process
            self.outFile = outFile
            self.errFile = errFile
        }

        var out: String { (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? "" }
        var err: String { (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? "" }

        /// The URL the sandbox printed, once it has.
        func baseURL() async -> String? {
            _ = await eventually(timeout: .seconds(120)) { self.out.contains("listening on ") || !self.process.isRunning }
            let line = out.split(separator: "\n").first { $0.contains("listening on ") }
            return line.map { String($0.split(separator: " ").last ?? "") }
        }

        func stop() {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
    }

    /// Starts the binary with `arguments` in the background.
    func start(_ arguments: [String]) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandTests.binary)
        process.arguments = arguments
        process.environment = environment
        let outFile = home.path + "/bg-\(UUID().uuidString)", errFile = outFile + ".err"
        FileManager.default.createFile(atPath: outFile, contents: nil)
        FileManager.default.createFile(atPath: errFile, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outFile))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errFile))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, outFile: outFile, errFile: errFile)
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
