import Foundation
import TestSupport
import Testing
@testable import PassCore

/// Reading payload files: what is refused before parsing, and why.
struct PayloadFileTests {
    func loadError(_ body: (URL) throws -> Void) throws -> PayloadFile.LoadError? {
        let folder = try TemporaryDirectory("passcore")
        let directory = folder.url
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("payload.json")
        try body(file)
        do {
            _ = try PayloadFile.load(file.path)
            return nil
        } catch {
            return error
        }
    }

    @Test func aMissingFileIsNotFound() throws {
        let error = try loadError { _ in }
        guard case .file(.notFound)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(error?.description.hasSuffix("payload.json: no such file") == true)
    }

    @Test func aDirectoryIsRefused() throws {
        let error = try loadError { try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false) }
        guard case .file(.isDirectory)? = error else { Issue.record("\(String(describing: error))"); return }
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let error = try loadError { #expect(mkfifo($0.path, 0o600) == 0) }
        guard case .file(.notRegular)? = error else { Issue.record("\(String(describing: error))"); return }
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let error = try loadError { url in
            #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: UInt64(FileReader.payloadLimit + 1))
            try handle.close()
        }
        guard case .file(.tooLarge(_, let size, let limit))? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(size == FileReader.payloadLimit + 1 && limit == FileReader.payloadLimit)
        #expect(error?.description.hasSuffix("the file is 16.0 MB; the largest accepted is 16.0 MB") == true)
    }

    @Test(arguments: [
        (Array("%PDF-1.7\n".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF, 0xE0], "a JPEG image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0xFF, 0xFE, 0x7B, 0x00], "UTF-16"),
        ([0x7B, 0x0A, 0x00, 0x01, 0x02], "binary data"),
    ])
    func aFileThatIsNotTextIsNamed(_ bytes: [UInt8], _ what: String) throws {
        do {
            _ = try PayloadFile.parse(bytes, name: "f")
            Issue.record("\(what) should be refused")
        } catch {
            #expect(error.description.contains(what), "\(error)")
            guard case .syntax(_, let syntax) = error else { Issue.record("\(error)"); return }
            #expect(syntax.line >= 1 && syntax.column >= 1)
        }
    }

    @Test(arguments: [("[]", "an array"), (#""batch""#, "a string"), ("42", "a number"), ("null", "null")])
    func aValueThatIsNotAnObjectIsRefused(_ text: String, _ found: String) {
        do {
            _ = try PayloadFile.parse(Array(text.utf8), name: "f")
            Issue.record("\(text) should be refused")
        } catch {
            #expect(error == .notAnObject("f", found: found))
            #expect(error.description == "f: a payload must be a JSON object ({…}), this file holds \(found)")
        }
    }

    @Test func anObjectOfNoKindNamesTheRule() {
        do {
            _ = try PayloadFile.parse(Array(#"{"name": "x"}"#.utf8), name: "f")
            Issue.record("should be refused")
        } catch {
            #expect(error == .unknownKind("f"))
            #expect(error.description.hasSuffix("(payload.kind)"))
        }
    }

    @Test func aPipeIsReadToItsEndAndBounded() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let text = Array(#"{"credential_id": "c"}"#.utf8)
        #expect(write(fds[1], text, text.count) == text.count)
        close(fds[1])
        defer { close(fds[0]) }
        #expect(try FileReader.read(fileDescriptor: fds[0], name: "<stdin>") == text)
    }

    @Test func aPipeOverTheLimitIsRefusedWithItsSize() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let chunk = [UInt8](repeating: 0x20, count: 10)
        #expect(write(fds[1], chunk, 10) == 10)
        close(fds[1])
        defer { close(fds[0]) }
        #expect(throws: FileReadError.tooLarge("<stdin>", size: 10, limit: 4)) {
            try FileReader.read(fileDescriptor: fds[0], name: "<stdin>", limit: 4)
        }
    }

    @Test(arguments: [(0, "0 B"), (999, "999 B"), (1_500, "1.5 kB"), (50_000_000, "50.0 MB"), (300_000_000, "300 MB")])
    func byteCountsReadAsPeopleWriteThem(_ bytes: Int, _ text: String) {
        #expect(ByteCount.text(bytes) == text)
    }
}
