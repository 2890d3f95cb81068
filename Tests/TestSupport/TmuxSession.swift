import Foundation

/// A program running in a private tmux server at a fixed size: send keys, paste, resize,
/// read the screen by polling (never fixed sleeps), read the exit code. The server is always
/// killed when the session is closed or released.
public final class TmuxSession: @unchecked Sendable {
    public struct Timeout: Error, CustomStringConvertible {
        public var waitingFor: String
        public var screen: String
        public var description: String { "gave up waiting for \(waitingFor); screen was:\n\(screen)" }
        public init(waitingFor: String, screen: String) {
            self.waitingFor = waitingFor
            self.screen = screen
        }
    }

    public static var isAvailable: Bool { Spawn.which("tmux") != nil }

    /// The binary under test: the one this build produced (`BuiltProgram`).
    public static var binary: String { BuiltProgram.pathOrMissing }

    public static var packageRoot: URL { BuiltProgram.packageRoot }

    public let socket: String
    public let directory: URL
    private var closed = false

    public var rcFile: String { directory.appendingPathComponent("rc").path }
    public var pidFile: String { directory.appendingPathComponent("pid").path }
    public var sttyFile: String { directory.appendingPathComponent("stty").path }

    /// Starts `command` (a shell command line) in a new pane of `width` x `height`.
    /// The pane runs `command; echo $? > rc; stty -a > stty; printf 'READY\n'; sleep 86400`, and
    /// `exec`s the command from a shell that first writes its pid, so signals reach the program.
    /// With `interactive`, the pane runs an interactive `sh` instead and `command` is ignored.
    /// With `workingDirectory`, the command starts there.
    public init(command: String = "", width: Int = 100, height: Int = 30, environment: [String: String] = [:], interactive: Bool = false,
         workingDirectory: String? = nil) throws {
        socket = "seekpass-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("home"), withIntermediateDirectories: true)
        var variables = IsolatedHome.environment(home: directory.appendingPathComponent("home").path,
                                                 ["TERM": "tmux-256color", "PS1": "$ "])
        variables.merge(environment) { $1 }
        let exports = variables.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Self.quote($0.value))" }.joined(separator: "\n")
        let body: String
        if interactive {
            body = "exec sh -i"
        } else {
            let program = directory.appendingPathComponent("program.sh")
            let cd = workingDirectory.map { "cd \(Self.quote($0))\n" } ?? ""
            try "echo $$ > \(Self.quote(pidFile))\n\(cd)exec \(command)\n".write(to: program, atomically: true, encoding: .utf8)
            body = """
            sh \(Self.quote(program.path))
            echo $? > \(Self.quote(rcFile))
            stty -a > \(Self.quote(sttyFile))
            printf 'READY\\n'
            exec sleep 86400
            """
        }
        let script = directory.appendingPathComponent("pane.sh")
        try "unset TMUX\n\(exports)\n\(body)\n".write(to: script, atomically: true, encoding: .utf8)
        // The server (and so the pane) starts from a clean environment, not the test runner's.
        let result = try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null", "-u", "new-session", "-d",
                                    "-x", String(width), "-y", String(height), "sh \(Self.quote(script.path))"],
                                   environment: ["PATH": variables["PATH"] ?? "/usr/bin:/bin", "HOME": directory.path, "LANG": "C.UTF-8"])
        guard result.status == 0 else {
            close()
            throw Timeout(waitingFor: "tmux to start (\(result.error))", screen: "")
        }
    }

    deinit { close() }

    /// Kills the tmux server and removes the session's files.
    public func close() {
        guard !closed else { return }
        closed = true
        _ = try? Spawn.run(["tmux", "-L", socket, "kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    public func tmux(_ arguments: String...) throws -> String {
        try tmux(arguments)
    }

    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        try Spawn.run(["tmux", "-L", socket] + arguments).output
    }

    /// The pane's text now.
    public func screen() -> String {
        (try? tmux("capture-pane", "-p")) ?? ""
    }

    /// The pane's text with attributes and colours as escape sequences.
    public func screenWithAttributes() -> String {
        (try? tmux("capture-pane", "-p", "-e")) ?? ""
    }

    /// A tmux format of the pane, e.g. `#{alternate_on}`.
    public func format(_ format: String) -> String {
        ((try? tmux("display-message", "-p", format)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen every 25 ms until `predicate` holds, then until the screen settles (two
    /// captures alike, a frame being drawn over several writes is never returned half done; an
    /// animated screen is returned after a few tries); returns that screen. It waits with
    /// `Task.sleep`, so a waiting test leaves its thread to the rest of the run.
    @discardableResult
    public func waitUntil(_ what: String, timeout: Duration = Wait.ceiling, _ predicate: (String) -> Bool) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var last = ""
        while clock.now < deadline {
            last = screen()
            if predicate(last) {
                for _ in 0..<8 {
                    try await Task.sleep(for: .milliseconds(25))
                    let next = screen()
                    guard predicate(next) else { break }
                    if next == last { return next }
                    last = next
                }
                return last
            }
            try await Task.sleep(for: .milliseconds(25))
        }
        throw Timeout(waitingFor: what, screen: last)
    }

    /// Waits until `text` is on screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = Wait.ceiling) async throws -> String {
        try await waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Sends tmux key names, e.g. `C-q`, `F1`, `Tab`, `M-Up`.
    public func send(_ keys: String...) throws {
        try Spawn.run(["tmux", "-L", socket, "send-keys"] + keys)
    }

    /// Types text literally (in chunks, so long text is not one huge argument).
    public func type(_ text: String) throws {
        var rest = Substring(text)
        while !rest.isEmpty {
            let chunk = rest.prefix(200)
            rest = rest.dropFirst(chunk.count)
            try Spawn.run(["tmux", "-L", socket, "send-keys", "-l", String(chunk)])
        }
    }

    /// Pastes text through a tmux buffer, bracketed when the program asked for it.
    public func paste(_ text: String) throws {
        let file = directory.appendingPathComponent("paste-\(UUID().uuidString)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        try tmux("load-buffer", "-b", "e2e", file.path)
        try tmux("paste-buffer", "-p", "-d", "-b", "e2e")
    }

    public func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-x", String(width), "-y", String(height))
    }

    /// The program's pid (written by the pane's shell before it exec'd the program).
    public func pid(timeout: Duration = Wait.ceiling) async throws -> pid_t {
        try await waitForFile(pidFile, timeout: timeout).flatMap { pid_t($0) } ?? { throw Timeout(waitingFor: "pid file", screen: screen()) }()
    }

    /// The exit status (128 + signal when killed), once the program has ended.
    public func exitCode(timeout: Duration = Wait.ceiling) async throws -> Int32 {
        guard let text = try await waitForFile(rcFile, timeout: timeout), let code = Int32(text) else {
            throw Timeout(waitingFor: "exit code", screen: screen())
        }
        return code
    }

    /// `stty -a` as run in the pane right after the program ended.
    public func sttyAfterExit(timeout: Duration = Wait.ceiling) async throws -> String {
        try await waitForFile(sttyFile, timeout: timeout) ?? ""
    }

    private func waitForFile(_ path: String, timeout: Duration) async throws -> String? {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while clock.now < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") {
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            try await Task.sleep(for: .milliseconds(25))
        }
        return nil
    }

    public static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
