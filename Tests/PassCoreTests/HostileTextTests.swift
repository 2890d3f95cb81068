import Foundation
import Logging
import Testing
@testable import PassCore

/// Text from a server or a file reaches messages and logs with every secret
/// the process knows redacted and nothing a terminal would act on.
@Suite struct HostileTextTests {
    /// A token-shaped value made at run time.
    static func token() -> String { "statictoken-" + UUID().uuidString.lowercased() }

    @Test func aRegisteredSecretIsRedactedByValueWhateverSurroundsIt() {
        let secret = Secret(Self.token())
        let echoes = [
            "you sent Authorization: Bearer \(secret.reveal())", "x-echo=\(secret.reveal())",
            "<b>\(secret.reveal())</b>", "\(secret.reveal())\(secret.reveal())", "prefix\(secret.reveal())suffix",
        ]
        for echo in echoes {
            #expect(!Redaction.knownSecrets(in: echo).contains(secret.reveal()))
            #expect(!Redaction.text(echo).contains(secret.reveal()))
        }
        #expect(Redaction.knownSecrets(in: "token=abc Bearer xyz") == "token=abc Bearer xyz", "by value only")
    }

    @Test func aPresignedQueryAndItsSignatureAreRedactedOnceKnown() {
        let signature = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let url = "https://store.example/a.pdf?X-Amz-Date=20240101T000000Z&X-Amz-Signature=\(signature)&X-Sandbox-Nonce=n-\(signature.prefix(12))"
        Redaction.registerQuery(of: url)
        #expect(!Redaction.knownSecrets(in: "<Error><SignatureProvided>\(signature)</SignatureProvided></Error>").contains(signature))
        let query = String(url[url.index(after: url.firstIndex(of: "?")!)...])
        #expect(!Redaction.knownSecrets(in: "the query was \(query)").contains(signature))
    }

    @Test func serverFindingsAreRedactedAndTheClientErrorShowsThemVisiblyOnTheirLines() {
        let secret = Secret(Self.token())
        let body = ErrorBody.body([(JSONPath.root, "\u{1B}]52;c;SGFja2Vk\u{07}\u{1B}[2J bad token Bearer \(secret.reveal())\nforged line\u{9B}31m\u{202E}")])
        let findings = ErrorBody.findings(in: body)
        #expect(findings.count == 1 && !findings[0].message.contains(secret.reveal()))
        let error = ClientError.rejected(status: 400, findings: findings)
        let text = error.description
        #expect(TextSanitizer.isPrintable(text))
        #expect(text.split(separator: "\n").count == 2, "\(text)")
        #expect(text.contains("␛]52;c;SGFja2Vk␇␛[2J") && text.contains("<U+202E>") && text.contains("␊forged line"))
        for other in [ClientError.refused(status: 404, message: "\u{1B}[2Jx\n\(secret.reveal())"), .unauthorized("\u{07}"),
                      .forbidden("\u{85}"), .remote(attempts: 1, lastCause: "\u{2066}"), .badResponse("\u{7F}"), .configuration("\u{1B}")] {
            #expect(TextSanitizer.isPrintable(other.description) && !other.description.contains("\n"), "\(other)")
            #expect(!other.description.contains(secret.reveal()))
        }
    }

    @Test func aHugeErrorListIsReadOnlyUpToItsLimit() {
        let body = ErrorBody.body((0..<5000).map { (JSONPath.root.appending($0), "bad") })
        #expect(ErrorBody.findings(in: body).count == 1000)
    }

    @Test func oneLogEventIsOneLineWhateverItHolds() {
        let secret = Secret(Self.token())
        let line = RedactingLogHandler.line(
            timestamp: "2026-01-01T00:00:00Z", level: .info, label: "seekpass.test",
            message: "accepted x\n2026-01-01T00:00:00Z info seekpass: FORGED \u{1B}]0;pwned\u{07} \(secret.reveal())",
            metadata: ["id": "a\nb\u{9B}", "authorization": "Bearer x"])
        #expect(!line.contains("\n") && TextSanitizer.isPrintable(line))
        #expect(!line.contains(secret.reveal()))
        #expect(line.contains("␊2026-01-01T00:00:00Z info seekpass: FORGED ␛]0;pwned␇"))
        #expect(line.hasSuffix("authorization=<redacted> id=a␊b␛["))
    }

    @Test func theSanitisingHandlerPassesEveryEventOnVisibly() {
        let recorded = Recorded()
        let logger = SanitizingLogHandler.wrap(Logger(label: "t") { _ in RecordingHandler(recorded: recorded) })
        logger.info("store: \("x\u{1B}[2J\ny") arrived", metadata: ["asset": "\u{9D}0;t\u{9C}"])
        let events = recorded.events
        #expect(events.count == 1)
        #expect(events.first == "store: x␛[2J␊y arrived asset=␛]0;t␛\\")
    }

    @Test func theLogFileIsMovedAsideAtItsLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seekpass-log-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/logs/seekpass.log"
        let file = try #require(LogFile(path: path, limit: 4096))
        let line = String(repeating: "x", count: 99) + "\n"
        for _ in 0..<100 { file.write(line) }
        let size = { (p: String) in (try? FileManager.default.attributesOfItem(atPath: p)[.size] as? Int) ?? -1 }
        #expect(size(path) <= 4096 && size(path) > 0)
        #expect(size(path + ".1") <= 4096 && size(path + ".1") > 0)
        #expect(!FileManager.default.fileExists(atPath: path + ".2"))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}

final class Recorded: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func add(_ line: String) { lock.withLock { stored.append(line) } }
    var events: [String] { lock.withLock { stored } }
}

struct RecordingHandler: LogHandler {
    let recorded: Recorded
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(event: LogEvent) {
        let extra = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined()
        recorded.add(event.message.description + extra)
    }
}
