#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PassCore

/// Reads a payload named on the command line; `-` is standard input.
enum PayloadInput {
    static func load(_ path: String, kind: PayloadKind?) throws(PayloadFile.LoadError) -> PayloadFile {
        guard path == "-" else { return try PayloadFile.load(path, kind: kind) }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(fileDescriptor: STDIN_FILENO, name: "<stdin>")
        } catch {
            throw .file(error)
        }
        return try PayloadFile.parse(bytes, name: "<stdin>", kind: kind)
    }
}
