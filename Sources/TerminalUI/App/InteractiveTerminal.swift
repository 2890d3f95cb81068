import Foundation
import PassCore

/// Whether the process can run a full-screen program, and what to say when it cannot.
public enum InteractiveTerminal {
    /// The exit status for "not a terminal" (a usage problem).
    public static let notATerminalExitCode: Int32 = 2

    /// Nil when stdin and stdout are both a terminal; otherwise the message to print.
    public static func problem(stdinIsTerminal: Bool = isatty(0) == 1, stdoutIsTerminal: Bool = isatty(1) == 1,
                               command: String = "seekpass-composer") -> String? {
        guard !(stdinIsTerminal && stdoutIsTerminal) else { return nil }
        let which: String
        switch (stdinIsTerminal, stdoutIsTerminal) {
        case (false, false): which = "standard input and output are not a terminal"
        case (false, _): which = "standard input is not a terminal"
        default: which = "standard output is not a terminal"
        }
        return """
        \(command): the interactive composer needs a terminal (\(which)).
        For scripts and pipes use the headless commands:
          \(command) validate FILE   check a payload
          \(command) preview FILE    print the exact JSON that would be sent
          \(command) submit FILE     send it to the partner API
        """
    }

    /// Prints the problem to standard error and exits with status 2 unless both ends are a terminal.
    public static func requireOrExit(command: String = "seekpass-composer") {
        guard let message = problem(command: command) else { return }
        FileHandle.standardError.write(Data((TextSanitizer.printable(message) + "\n").utf8))
        exit(notATerminalExitCode)
    }
}
