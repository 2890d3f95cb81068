import Foundation
import PassCore

/// The composer in tmux over a copy of the seed batch, with freshly made
/// files for its assets, talking to the sandbox inside its own process.
public final class SubmitSession: @unchecked Sendable {
    /// One asset of the seed batch and the file made for it.
    public struct Attachment {
        public var assetID: String
        public var path: String
        public var sha256: String
        public var size: Int
    }

    public static let requestID = "3601f8ae-9181-41a3-89ed-6dbe5ecde2b5"
    public static let seed = TmuxSession.packageRoot.appendingPathComponent("Tests/PassSandboxTests/Fixtures/batch-full.json")

    public let tmux: TmuxSession
    public let folder: URL
    public let attachments: [Attachment]
    public private(set) var port: Int?

    /// - Parameter pdfSize: bytes of each PDF (larger files give faults time to show).
    public init(width: Int = 120, height: Int = 40, pdfSize: Int = 6_000, pngSide: Int = 48) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("seekpass-submit-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let batch = folder.appendingPathComponent("batch.json")
        try FileManager.default.copyItem(at: Self.seed, to: batch)
        let files: [(String, String, [UInt8])] = [
            ("micro-1-asset", "ai-essentials.pdf", SampleDocuments.pdf(title: "AI Essentials", size: pdfSize, seed: 11)),
            ("micro-2-asset", "ai-advanced.png", SampleDocuments.png(width: pngSide, height: pngSide, seed: 12)),
            ("edu-1-asset", "bsc-transcript.pdf", SampleDocuments.pdf(title: "BSc", size: pdfSize, seed: 13)),
            ("uc-1-asset", "licence.pdf", SampleDocuments.pdf(title: "Licence", size: pdfSize, seed: 14)),
        ]
        var attachments: [Attachment] = []
        for (suffix, name, bytes) in files {
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            attachments.append(Attachment(assetID: Self.requestID + "-" + suffix, path: url.path,
                                          sha256: Checksum.sha256(bytes), size: bytes.count))
        }
        self.attachments = attachments
        tmux = try TmuxSession(command: "\(TmuxSession.quote(TmuxSession.binary)) \(TmuxSession.quote(batch.path))",
                               width: width, height: height)
    }

    deinit { close() }

    public func close() {
        tmux.close()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Walks to each asset's file row with F4 and types its file's path.
    public func attachFiles() async throws {
        try await tmux.waitFor("4 files to choose")
        for remaining in stride(from: 3, through: 0, by: -1) {
            try tmux.send("F4")
            let screen = try await tmux.waitFor("no file chosen for")
            guard let attachment = attachments.first(where: { screen.contains("no file chosen for \($0.assetID)") }) else {
                throw TmuxSession.Timeout(waitingFor: "an asset id in the message line", screen: screen)
            }
            try tmux.type(attachment.path)
            try await tmux.waitUntil("the file to be taken") { screen in
                remaining == 0 ? screen.contains("ready to send") : screen.contains("\(remaining) file\(remaining == 1 ? "" : "s") to choose")
            }
        }
    }

    /// Opens the submit screen once (to learn the sandbox), goes back, switches on `faults` in
    /// the demo-faults menu, opens the submit screen again and sends (Enter).
    public func send(withFaults faults: [String]) async throws {
        try await openSubmitScreen()
        try tmux.send("Escape")
        try await tmux.waitUntil("the composer") { !$0.contains("What will be sent") }
        try await switchOnFaults(faults)
        try await openSubmitScreen()
        try tmux.send("Enter")
    }

    /// F10: the submit screen; reads the embedded sandbox's port from it.
    @discardableResult
    public func openSubmitScreen() async throws -> String {
        try tmux.send("F10")
        let pattern = #"To +http://127\.0\.0\.1:[0-9]+"#
        let screen = try await tmux.waitUntil("the submit screen with the sandbox's URL") {
            $0.contains("Ready: Enter sends") && $0.range(of: pattern, options: .regularExpression) != nil
        }
        guard let range = screen.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression),
            let port = Int(screen[range].split(separator: ":").last ?? "")
        else { throw TmuxSession.Timeout(waitingFor: "the sandbox's URL on the submit screen", screen: screen) }
        self.port = port
        return screen
    }

    /// What the sandbox kept: every request, with its uploads.
    public func sandboxRequests() throws -> [JSONValue] {
        guard let port else { throw LoopbackHTTP.Failure(description: "the sandbox's port is not known yet") }
        let answer = try LoopbackHTTP.get(port: port, "/_sandbox/requests")
        guard answer.status == 200, let requests = try JSONParser.parse(answer.body)["requests"]?.arrayValue else {
            throw LoopbackHTTP.Failure(description: "GET /_sandbox/requests: HTTP \(answer.status) \(answer.text)")
        }
        return requests
    }

    public func setFaults(_ json: String) throws {
        guard let port else { throw LoopbackHTTP.Failure(description: "the sandbox's port is not known yet") }
        let answer = try LoopbackHTTP.post(port: port, "/_sandbox/faults", json: json)
        guard answer.status == 200 else { throw LoopbackHTTP.Failure(description: "POST /_sandbox/faults: \(answer.status) \(answer.text)") }
    }

    /// The asset ids whose upload arrived with the SHA-256 of the file on disk, and the mismatches.
    public func verifiedUploads(of request: JSONValue) -> (matching: Set<String>, problems: [String]) {
        var matching: Set<String> = []
        var problems: [String] = []
        for upload in request["uploads"]?.arrayValue ?? [] {
            let id = upload["asset_id"]?.stringValue ?? "?"
            guard let attachment = attachments.first(where: { $0.assetID == id }) else {
                problems.append("\(id): not one of the attached files")
                continue
            }
            guard upload["received"] == .bool(true) else {
                problems.append("\(id): not received")
                continue
            }
            let sha = upload["sha256"]?.stringValue
            let size = upload["size"].flatMap { if case .number(let n) = $0 { Int(n) } else { nil } }
            if sha == attachment.sha256, size == attachment.size { matching.insert(id) } else {
                problems.append("\(id): arrived as \(size ?? -1) bytes, \(sha ?? "?"); on disk \(attachment.size) bytes, \(attachment.sha256)")
            }
        }
        return (matching, problems)
    }

    /// Menu rows of F12, in order.
    public static let faultRows: [(id: String, title: String)] = [
        ("latency", "Slow answers"), ("fail-next", "The next 2 API calls answer 503"), ("error-rate", "A third of API calls"),
        ("drop-next-upload", "Drop the next upload halfway"), ("expired-next", "The next submission gets expired upload links"),
        ("slow-store", "A slow upload store"),
    ]

    /// Opens F12 from the composer and switches the named faults on.
    public func switchOnFaults(_ names: [String]) async throws {
        try tmux.send("F12")
        try await tmux.waitFor("Slow answers")
        var at = 0
        for name in names {
            guard let row = Self.faultRows.firstIndex(where: { $0.id == name }) else { continue }
            for _ in 0..<abs(row - at) { try tmux.send(row > at ? "Down" : "Up") }
            at = row
            try tmux.send("Space")
            try await tmux.waitUntil("\(name) to be on") { $0.contains(Self.faultRows[row].title) && $0.contains(": on.") && !$0.contains("Reading") }
            try await tmux.waitUntil("the menu to read the sandbox again") { !$0.contains("Reading the sandbox") }
        }
        try tmux.send("Escape")
        try await tmux.waitUntil("the composer") { !$0.contains("Demo faults") }
    }
}
