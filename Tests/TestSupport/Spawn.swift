import Foundation
import TestGuard

/// Starts processes with `posix_spawnp`: an empty signal mask and default signal actions (a
/// child of a Swift-concurrency thread would otherwise inherit blocked signals), output to
/// files, then `waitpid`. Foundation's `Process` hangs on `tmux new-session -d`.
public enum Spawn {
    public struct Result: CustomStringConvertible, Sendable {
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: String
        public var output: String { String(decoding: stdout, as: UTF8.self) }
        public var error: String { stderr }
        public var description: String { "status \(status)\n--- stdout\n\(output)\n--- stderr\n\(error)" }

        /// Neither stream shows a crash or a stack trace.
        public var isCalm: Bool {
            let text = output + error
            return !["Fatal error", "Stack dump", "Backtrace", "Segmentation", "Illegal instruction", "💣"]
                .contains { text.contains($0) }
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case spawn(String, Int32)
        public var description: String {
            switch self {
            case .spawn(let program, let code): return "cannot start \(program): error \(code)"
            }
        }
    }

    /// Runs `arguments` (the first is looked up in PATH) to completion.
    /// - Parameters:
    ///   - environment: the whole environment of the child; by default this test process's
    ///     (whose HOME and XDG folders are temporary, see `IsolatedHome`).
    ///   - stdin: bytes for standard input (default: none, /dev/null).
    ///   - directory: the working directory.
    @discardableResult
    public static func run(_ arguments: [String], environment: [String: String]? = nil, stdin: [UInt8]? = nil,
                           in directory: String? = nil) throws -> Result {
        let pid = try start(arguments, environment: environment, stdin: stdin, in: directory)
        return pid.wait()
    }

    /// A started process; `wait()` collects it.
    public final class Running: @unchecked Sendable {
        public let pid: pid_t
        let scratch: TemporaryDirectory
        private var collected: Result?
        private var kept: [AnyObject] = []

        /// Keeps `object` (a temporary home) alive as long as the process value.
        func keep(_ object: AnyObject) { kept.append(object) }

        init(pid: pid_t, scratch: TemporaryDirectory) {
            self.pid = pid
            self.scratch = scratch
        }

        /// Waits for the process to end and returns what it printed.
        public func wait() -> Result {
            if let collected { return collected }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            let result = Result(status: exitStatus,
                                stdout: Array((try? Data(contentsOf: URL(fileURLWithPath: scratch.path("out")))) ?? Data()),
                                stderr: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: scratch.path("err")))) ?? Data(), as: UTF8.self))
            collected = result
            return result
        }

        /// Waits for the process to end on a thread of its own, so the cooperative pool stays
        /// free for in-process servers the program talks to.
        public func ended() async -> Result {
            await withCheckedContinuation { continuation in
                Thread { continuation.resume(returning: self.wait()) }.start()
            }
        }

        /// Whether the process has ended (without collecting it).
        public var hasEnded: Bool {
            if collected != nil { return true }
            var status: Int32 = 0
            let answer = waitpid(pid, &status, WNOHANG)
            guard answer == pid else { return false }
            let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            collected = Result(status: exitStatus,
                               stdout: Array((try? Data(contentsOf: URL(fileURLWithPath: scratch.path("out")))) ?? Data()),
                               stderr: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: scratch.path("err")))) ?? Data(), as: UTF8.self))
            return true
        }

        /// What it has printed so far.
        public var outputSoFar: String {
            String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: scratch.path("out")))) ?? Data(), as: UTF8.self)
        }

        public var errorSoFar: String {
            String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: scratch.path("err")))) ?? Data(), as: UTF8.self)
        }

        public func signal(_ signal: Int32) {
            kill(pid, signal)
        }

        /// Ends it (its whole process group when it was started in one): SIGTERM, then
        /// SIGKILL if it is still there after two seconds.
        public func stop() {
            guard !hasEnded else { return }
            let target = inOwnGroup ? -pid : pid
            kill(target, SIGTERM)
            for _ in 0..<100 {
                if hasEnded { return }
                usleep(20_000)
            }
            kill(target, SIGKILL)
            _ = wait()
        }

        var inOwnGroup = false
    }

    /// Starts `arguments` and returns at once; with `newProcessGroup`, in a process group of
    /// its own (a browser and its children end together with `stop()`).
    public static func start(_ arguments: [String], environment: [String: String]? = nil, stdin: [UInt8]? = nil,
                             in directory: String? = nil, newProcessGroup: Bool = false) throws -> Running {
        let scratch = try TemporaryDirectory("spawn")
        let outPath = scratch.path("out")
        let errPath = scratch.path("err")
        var inPath = "/dev/null"
        if let stdin { inPath = try scratch.file("in", contents: stdin).path }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if let directory { seekpass_spawn_add_chdir(&actions, directory) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if newProcessGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = environment ?? ProcessInfo.processInfo.environment
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }

        var pid: pid_t = 0
        let code = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard code == 0 else { throw Failure.spawn(arguments[0], code) }
        let running = Running(pid: pid, scratch: scratch)
        running.inOwnGroup = newProcessGroup
        return running
    }

    /// The full path of `program` in PATH (and the usual system folders), or nil.
    public static func which(_ program: String) -> String? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/bin:/bin:/usr/local/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
