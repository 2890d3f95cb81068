import Foundation

/// The lines the line mode reads: standard input (a terminal or a pipe), or lines given
/// in advance. Its end is the end of input.
public struct LineInput: Sendable {
    let lines: AsyncStream<String>
    /// Whether what is read should be repeated in the output (it was not typed where the
    /// output shows it), so that a transcript reads as question and answer.
    public let echoes: Bool

    public init(_ lines: AsyncStream<String>, echoes: Bool) {
        self.lines = lines
        self.echoes = echoes
    }

    /// Lines given in advance; they are echoed.
    public static func scripted(_ lines: [String]) -> LineInput {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        for line in lines { continuation.yield(line) }
        continuation.finish()
        return LineInput(stream, echoes: true)
    }

    /// Standard input, read on a thread of its own so that a slow typist never holds up the
    /// program's tasks; echoed when it is not a terminal.
    public static func standardInput() -> LineInput {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        let thread = Thread {
            while let line = readLine(strippingNewline: true) {
                continuation.yield(line.hasSuffix("\r") ? String(line.dropLast()) : line)
            }
            continuation.finish()
        }
        thread.start()
        return LineInput(stream, echoes: isatty(0) == 0)
    }
}
