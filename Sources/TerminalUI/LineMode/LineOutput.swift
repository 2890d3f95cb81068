import Foundation
import PassCore

/// Where the line mode writes: plain lines, every one through ``TextSanitizer``, so that
/// nothing a terminal would act on reaches it.
public struct LineOutput: Sendable {
    let write: @Sendable (String) -> Void

    public init(_ write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// Standard output, written as each line is complete.
    public static let standardOutput = LineOutput { text in
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func line(_ text: String = "") {
        write(TextSanitizer.printable(text) + "\n")
    }

    func lines(_ texts: [String]) {
        for text in texts { line(text) }
    }

    /// A prompt: the line stays open for the answer.
    func prompt(_ text: String) {
        write(TextSanitizer.printable(text) + " ")
    }
}
