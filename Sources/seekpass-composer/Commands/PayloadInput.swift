import Foundation
import PassCore

/// Reads a payload named on the command line; `-` is standard input.
enum PayloadInput {
    static func load(_ path: String, kind: PayloadKind?) throws(PayloadFile.LoadError) -> PayloadFile {
        guard path == "-" else { return try PayloadFile.load(path, kind: kind) }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard data.count <= FileReader.payloadLimit else {
            throw .file(.tooLarge("<stdin>", size: data.count, limit: FileReader.payloadLimit))
        }
        return try PayloadFile.parse(Array(data), name: "<stdin>", kind: kind)
    }
}
