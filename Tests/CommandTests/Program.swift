import Foundation
import Testing

/// The built `seekpass-composer`, run as a user runs it: arguments, standard
/// input, and what comes back (status, standard output, standard error).
enum Program {
    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
        var description: String { "status \(status)\n--- stdout\n\(output)\n--- stderr\n\(stderr)" }

        /// Neither stream shows a crash or a stack trace.
        var isCalm: Bool {
            let text = output + stderr
            return !["Fatal error", "Stack dump", "Backtrace", "Segmentation", "Illegal instruction", "💣"]
                .contains { text.contains($0) }
        }
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The executable next to the test bundle (or `SEEKPASS_COMPOSER_BINARY`).
    static func executable() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["SEEKPASS_COMPOSER_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("seekpass-composer")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        throw Missing(description: "seekpass-composer is not built next to \(CommandLine.arguments[0])")
    }

    /// Runs the program with `arguments` and `stdin` in `directory`.
    static func run(_ arguments: [String], stdin: [UInt8] = [], in directory: URL? = nil) throws -> Result {
        let scratch = try Scratch()
        let input = try scratch.file("stdin", contents: stdin)
        let out = try scratch.file("stdout", contents: [])
        let err = try scratch.file("stderr", contents: [])
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": scratch.url.path]
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: Array(try Data(contentsOf: out)),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}

/// A temporary directory removed when the value goes away.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("seekpass-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func file(_ name: String, contents: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(contents).write(to: file)
        return file
    }

    func file(_ name: String, text: String) throws -> URL {
        try file(name, contents: Array(text.utf8))
    }
}

/// The seed samples, shared with PassCoreTests.
enum Samples {
    static let names = [
        "batch-full", "career-history", "single-none", "single-opencert", "single-partner-chain", "single-pdf",
    ]

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PassCoreTests").appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name + ".json").path
    }
}
