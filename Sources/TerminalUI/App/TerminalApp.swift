import CNcurses
import Foundation

/// Runs a program on the real terminal and ends the process the way its run ended.
public enum TerminalApp {
    /// Runs `program` over ``CursesTerminal`` on a thread of its own (so curses stays on one
    /// thread and async work keeps the cooperative pool), restoring the terminal however it ends.
    /// With `exitAfterFirstFrame`, the run ends once the first full frame is on the screen.
    public static func run<P: Program>(_ program: P, options: CursesTerminal.Options = .init(),
                                       exitAfterFirstFrame: Bool = false) async throws -> RunOutcome {
        let work = UncheckedBox { () throws -> RunOutcome in
            let terminal = CursesTerminal(options: options)
            try terminal.start()
            defer { terminal.stop() }
            let runner = ProgramRunner(program: program, terminal: terminal)
            runner.exitsAfterFirstFrame = exitAfterFirstFrame
            return runner.run()
        }
        return try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try work.value() })
            }
            thread.name = "terminal-ui"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Ends the process: exits with the program's code, or dies by the signal that stopped it.
    public static func exit(with outcome: RunOutcome) -> Never {
        if case .signal(let signal) = outcome { cn_reraise_default(signal.number) }
        Foundation.exit(outcome.exitStatus)
    }
}

final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

extension TerminalApp {
    /// Whether the locale variables ask for UTF-8 (the first of LC_ALL, LC_CTYPE, LANG that is set decides).
    public static func localeIsUTF8(_ environment: [String: String]) -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                let normalized = value.lowercased().replacing("-", with: "")
                return normalized.contains("utf8")
            }
        }
        return false
    }
}
