import Foundation
import PassCore
import TestSupport
import Testing

/// Input that is no payload at all: a clear message on standard error,
/// status 2, nothing on standard output, never a crash.
struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Makes the input in the scratch directory; returns the argument to pass.
        var make: @Sendable (TemporaryDirectory) throws -> String
        /// Words the message must contain.
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "an empty file", make: { try $0.file("empty.json", contents: []).path },
             message: "empty.json:1:1: not JSON: the file is empty"),
        Case(name: "a binary file", make: { scratch in
            var bytes: [UInt8] = [0x00, 0xFF, 0x13, 0x37]
            var rng = SystemRandomNumberGenerator()
            for _ in 0..<4096 { bytes.append(UInt8.random(in: 0...255, using: &rng)) }
            return try scratch.file("random.bin", contents: bytes).path
        }, message: "random.bin:1:1: not JSON: the file holds binary data (a NUL byte), not JSON text"),
        Case(name: "a PNG named .json", make: { try $0.file("photo.json", contents: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]).path },
             message: "photo.json:1:1: not JSON: the file is a PNG image, not a JSON payload"),
        Case(name: "a 50 MB file", make: { scratch in
            let url = try scratch.file("huge.json", contents: Array("{\"credential_id\": \"".utf8))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 50_000_000)
            try handle.close()
            return url.path
        }, message: "huge.json: the file is 50.0 MB; the largest accepted is 16.0 MB"),
        Case(name: "deeply nested JSON", make: { scratch in
            try scratch.file("deep.json", text: String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).path
        }, message: "deep.json:1:129: not JSON: the JSON nests deeper than 128 levels"),
        Case(name: "a missing file", make: { $0.url.appendingPathComponent("absent.json").path },
             message: "absent.json: no such file"),
        Case(name: "a directory", make: { $0.url.path }, message: ": is a directory; name a file"),
        Case(name: "a FIFO", make: { scratch in
            let path = scratch.url.appendingPathComponent("fifo").path
            guard mkfifo(path, 0o600) == 0 else { throw BuiltProgram.Missing(description: "mkfifo failed") }
            return path
        }, message: "fifo: not a regular file (a device, FIFO or socket); name a file"),
        Case(name: "invalid UTF-8", make: { try $0.file("latin1.json", contents: Array("{\"full_name\": \"Ren".utf8) + [0xE9, 0x22, 0x7D]).path },
             message: "latin1.json:1:19: not JSON: the text is not valid UTF-8 here; save the file as UTF-8"),
        Case(name: "UTF-16 text", make: { try $0.file("utf16.json", contents: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]).path },
             message: "utf16.json:1:1: not JSON: the file is UTF-16 text; save it as UTF-8"),
        Case(name: "a JSON array", make: { try $0.file("array.json", text: "[{\"credential_id\": \"x\"}]").path },
             message: "array.json: a payload must be a JSON object ({…}), this file holds an array"),
        Case(name: "a JSON string", make: { try $0.file("string.json", text: "\"batch\"\n").path },
             message: "string.json: a payload must be a JSON object ({…}), this file holds a string"),
        Case(name: "a truncated file", make: { scratch in
            let sample = try String(contentsOfFile: Samples.path("career-history"), encoding: .utf8)
            return try scratch.file("cut.json", text: String(sample.prefix(200))).path
        }, message: "cut.json:8:32: not JSON: the JSON ends too early; a value is missing"),
    ]

    @Test(arguments: cases)
    func validateSaysWhatIsWrongAndExitsTwo(_ input: Case) throws {
        let scratch = try TemporaryDirectory()
        let argument = try input.make(scratch)
        let result = try BuiltProgram.run(["validate", argument])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains(input.message), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.isCalm, "\(result)")
    }

    @Test(arguments: cases)
    func previewPrintsNothingAndExitsTwo(_ input: Case) throws {
        let scratch = try TemporaryDirectory()
        let result = try BuiltProgram.run(["preview", try input.make(scratch)])
        #expect(result.status == 2 && result.stdout.isEmpty && result.isCalm, "\(result)")
        #expect(result.stderr.contains(input.message), "\(result)")
    }

    /// A JSON object of no request kind is read well enough to say what it lacks: invalid
    /// input (status 1) with its `payload.kind` finding, not an unreadable file.
    @Test(arguments: [#"{"credential_id": "x"}"#, #"{"name": "x"}"#])
    func anObjectOfNoRequestKindIsInvalidInput(_ text: String) throws {
        let scratch = try TemporaryDirectory()
        let file = try scratch.file("other.json", text: text).path
        let result = try BuiltProgram.run(["validate", file])
        #expect(result.status == 1, "\(result)")
        #expect(result.output.contains("other.json: $: cannot tell which request this is; give the members of one"), "\(result)")
        #expect(result.output.contains("(payload.kind)") && result.isCalm, "\(result)")
        let json = try BuiltProgram.run(["validate", "--format", "json", file])
        #expect(json.status == 1)
        let report = try JSONParser.parse(json.stdout)
        let entry = try #require(report["files"]?.arrayValue?.first)
        #expect(entry["valid"] == false && entry["readable"] == true)
        #expect(entry["findings"]?.arrayValue?.first?["rule"] == "payload.kind")
        let preview = try BuiltProgram.run(["preview", file])
        #expect(preview.status == 1 && preview.stdout.isEmpty, "\(preview)")
        #expect(preview.stderr.contains("(payload.kind)"))
    }

    @Test func theJSONReportNamesTheUnreadableFile() throws {
        let scratch = try TemporaryDirectory()
        let result = try BuiltProgram.run(["validate", "--format", "json", try scratch.file("e.json", contents: []).path])
        #expect(result.status == 2)
        let report = try JSONParser.parse(result.stdout)
        let file = try #require(report["files"]?.arrayValue?.first)
        #expect(file["readable"] == false)
        #expect(file["error"]?.stringValue?.contains("the file is empty") == true)
    }

    @Test func standardInputOverTheLimitIsRefused() throws {
        let result = try BuiltProgram.run(["validate", "-"], stdin: [UInt8](repeating: 0x20, count: 17_000_000))
        #expect(result.status == 2)
        #expect(result.stderr.contains("<stdin>: the file is 17.0 MB; the largest accepted is 16.0 MB"), "\(result)")
    }

    @Test func emptyStandardInputIsEmpty() throws {
        let result = try BuiltProgram.run(["validate", "-"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("<stdin>:1:1: not JSON: the file is empty"), "\(result)")
    }
}
