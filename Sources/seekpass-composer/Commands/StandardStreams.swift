import Foundation
import PassCore

/// Writes to standard output and error without buffering surprises. Every
/// text passes the one gate on the way: each secret the process knows (its
/// token, client secret, presigned queries) is redacted, and every character
/// a terminal would act on is shown instead of sent (`TextSanitizer.printable`:
/// the newlines and tabs of the text stay).
enum StandardStreams {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(shown(text).utf8))
    }

    /// JSON and other bytes the program made, through the same gate.
    static func out(bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let safe = shown(text)
        FileHandle.standardOutput.write(safe == text ? Data(bytes) : Data(safe.utf8))
    }

    /// `text` with `secret` in it shown as it is: for the sandbox's demo
    /// client, printed on purpose. Everything else passes the gate.
    static func out(_ text: String, revealing secret: Secret) {
        let marker = "\u{FFFC}secret\u{FFFC}"
        let placed = text.replacingOccurrences(of: secret.reveal(), with: marker)
        FileHandle.standardOutput.write(Data(shown(placed).replacingOccurrences(of: marker, with: secret.reveal()).utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(shown(text).utf8))
    }

    /// The program's own cursor movements (the live progress bars): written
    /// as they are. Every value inside must already be sanitised.
    static func errDrawing(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `text` as the gate lets it through.
    static func shown(_ text: String) -> String {
        TextSanitizer.printable(Redaction.knownSecrets(in: text))
    }

    static var outIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    static var errIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
    static var inIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }
}
