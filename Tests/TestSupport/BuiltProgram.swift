import Foundation

/// The `seekpass-composer` this build produced: the executable beside the running test bundle
/// (or beside the screens command), so a test never runs a stale binary from another build.
/// `SEEKPASS_BINARY` names another one explicitly (for trying a release build by hand).
public enum BuiltProgram {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// The path of the binary under test.
    public static func path() throws -> String {
        if let path = ProcessInfo.processInfo.environment["SEEKPASS_BINARY"], !path.isEmpty { return path }
        var places = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()]
        places += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for start in places {
            var directory = start
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("seekpass-composer")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
                directory.deleteLastPathComponent()
            }
        }
        throw Missing(description: "seekpass-composer is not built beside \(CommandLine.arguments[0]); `swift build` builds it")
    }

    /// The path, or a path that fails loudly when run (for places that cannot throw).
    public static var pathOrMissing: String {
        (try? path()) ?? "/nonexistent/seekpass-composer-not-built"
    }

    /// Runs the program with `arguments` and `stdin` in `directory`, with a home of its own
    /// (HOME and the XDG folders in a temporary folder) unless `environment` is given.
    public static func run(_ arguments: [String], stdin: [UInt8] = [], in directory: String? = nil,
                           environment: [String: String]? = nil) throws -> Spawn.Result {
        let home = try TemporaryDirectory("seekpass-home")
        return try Spawn.run([try path()] + arguments, environment: environment ?? home.homeEnvironment(),
                             stdin: stdin, in: directory)
    }

    /// Starts the program (a home of its own unless `environment` is given) and returns at once;
    /// `await start(…).ended()` waits without holding a thread of the cooperative pool.
    public static func start(_ arguments: [String], stdin: [UInt8]? = nil, in directory: String? = nil,
                             environment: [String: String]? = nil) throws -> Spawn.Running {
        let home = try TemporaryDirectory("seekpass-home")
        let running = try Spawn.start([try path()] + arguments, environment: environment ?? home.homeEnvironment(),
                                      stdin: stdin, in: directory)
        running.keep(home)
        return running
    }

    /// The folder of the package (for docs and fixtures).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
