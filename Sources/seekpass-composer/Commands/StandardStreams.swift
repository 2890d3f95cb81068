import Foundation

/// Writes to standard output and error without buffering surprises.
enum StandardStreams {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func out(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static var outIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    static var errIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
    static var inIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }
}
