import Foundation
import PassCore

/// The screens of sending, for docs/screens/: the demo of the seed batch in the composer (files
/// chosen, preview, submit, the link, the faults menu, a 503, a retry, expired links) and
/// `submit` on an 80-column terminal.
public enum SubmitWalks {
    public static func all() async throws -> [ScreenCapture] {
        try await demo() + (try await retry()) + (try await expired()) + (try await command())
    }

    static func keep(_ name: String, _ screen: String) -> ScreenCapture {
        let width = Int(name.split(separator: "-").last?.split(separator: "x").first ?? "") ?? 120
        return ScreenCapture(name: name, width: width, screen: screen)
    }

    /// The seed batch from opening to the holder's link, then a 503 recovered.
    public static func demo() async throws -> [ScreenCapture] {
        var captures: [ScreenCapture] = []
        let session = try SubmitSession()
        defer { session.close() }
        captures.append(keep("compose-opened-120x40.txt", try await session.tmux.waitFor("4 files to choose")))
        try await session.attachFiles()
        captures.append(keep("compose-files-chosen-120x40.txt", session.tmux.screen()))
        try session.tmux.send("F5")
        captures.append(keep("compose-preview-120x40.txt", try await session.tmux.waitFor("exactly what is sent")))
        try session.tmux.send("F5")
        captures.append(keep("submit-ready-120x40.txt", try await session.openSubmitScreen()))
        try session.tmux.send("Enter")
        captures.append(keep("submit-done-120x40.txt", try await session.tmux.waitUntil("every file to arrive") {
            $0.contains("✓ Done") && $0.contains("Sent 3601")
        }))
        try session.tmux.resize(width: 100, height: 30)
        captures.append(keep("submit-done-100x30.txt", try await session.tmux.waitUntil("the 100x30 layout") { screen in
            session.tmux.format("#{pane_width}x#{pane_height}") == "100x30" && screen.contains("Scan to accept")
                && screen.components(separatedBy: "\n").allSatisfy { $0.count <= 100 }
        }))
        try session.tmux.resize(width: 120, height: 40)
        try await session.tmux.waitUntil("the 120x40 layout") { session.tmux.format("#{pane_width}x#{pane_height}") == "120x40" && $0.contains("Scan to accept") }
        try session.tmux.send("Escape")
        try await session.tmux.waitUntil("the composer") { !$0.contains("What will be sent") }
        try session.tmux.send("F12")
        captures.append(keep("faults-menu-120x40.txt", try await session.tmux.waitFor("Slow answers")))
        try session.tmux.send("Escape")
        try await session.switchOnFaults(["fail-next"])
        try await session.openSubmitScreen()
        try session.tmux.send("Enter")
        captures.append(keep("submit-503-120x40.txt", try await session.tmux.waitFor("trying again in")))
        return captures
    }

    /// A dropped upload retried, and the question when quitting while files upload.
    public static func retry() async throws -> [ScreenCapture] {
        let session = try SubmitSession(pdfSize: 400_000, pngSide: 360)
        defer { session.close() }
        try await session.attachFiles()
        try await session.send(withFaults: ["drop-next-upload", "slow-store"])
        let retrying = try await session.tmux.waitUntil("the retry on screen") { $0.contains("retrying") }
        try session.tmux.send("C-q")
        let question = try await session.tmux.waitFor("Files are still uploading")
        return [keep("submit-retrying-120x40.txt", retrying), keep("submit-quit-question-120x40.txt", question)]
    }

    /// Every upload link expired: "S Submit again".
    public static func expired() async throws -> [ScreenCapture] {
        let session = try SubmitSession()
        defer { session.close() }
        try await session.attachFiles()
        try await session.send(withFaults: ["expired-next"])
        return [keep("submit-expired-120x40.txt", try await session.tmux.waitUntil("the links to expire") {
            $0.components(separatedBy: "link expired").count - 1 == 4
        })]
    }

    /// `submit` at 80 columns: four files on a slow store, the bars moving.
    public static func command() async throws -> [ScreenCapture] {
        let bars = try CommandBars()
        defer { bars.close() }
        let submit = try await bars.start()
        defer { submit.close() }
        return [keep("submit-command-80x24.txt", try await CommandBars.moving(submit))]
    }
}

/// `seekpass-composer submit` of the seed batch with four 3 MB files to a `sandbox` whose store
/// takes 256 KiB/s and drops one upload halfway, on a terminal of 80x24.
public final class CommandBars: @unchecked Sendable {
    public let home: URL
    public let environment: [String: String]
    public let sandbox: TmuxSession
    public private(set) var names: [String] = []
    public private(set) var url = ""

    public init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("seekpass-bars-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        environment = ["XDG_STATE_HOME": home.appendingPathComponent("state").path,
                       "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                       "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                       "XDG_CACHE_HOME": home.appendingPathComponent("cache").path]
        sandbox = try TmuxSession(command: "\(TmuxSession.quote(TmuxSession.binary)) sandbox --port 0 --fault slow-store=256 --fault drop-next-uploads=1",
                                  environment: environment)
    }

    public func close() {
        sandbox.close()
        try? FileManager.default.removeItem(at: home)
    }

    /// Writes the batch and its files, and starts `submit` in its own tmux session.
    public func start() async throws -> TmuxSession {
        url = try await Self.sandboxURL(home.appendingPathComponent("state/seekpass-composer/sandbox-session.json").path)
        let work = home.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let batch = try JSONParser.parse(Array(try Data(contentsOf: SubmitSession.seed)))
        try Data(JSONWriter.bytes(batch)).write(to: work.appendingPathComponent("batch.json"))
        var arguments: [String] = []
        names = []
        for (i, declaration) in AssetDeclaration.all(in: batch, as: .batch).enumerated() {
            let name = ["bsc-transcript", "ai-essentials", "ai-advanced-badge", "licence"][i % 4] + "." + declaration.type.rawValue
            let head: [UInt8] = declaration.type == .png ? [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] : Array("%PDF-1.7\n".utf8)
            try Data(head + (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: work.appendingPathComponent(name))
            arguments += ["--asset", TmuxSession.quote("\(declaration.assetID)=\(name)")]
            names.append(name)
        }
        let command = "cd \(TmuxSession.quote(work.path)) && exec \(TmuxSession.quote(TmuxSession.binary)) submit batch.json \(arguments.joined(separator: " ")) --sandbox-url \(TmuxSession.quote(url))"
        return try TmuxSession(command: "sh -c " + TmuxSession.quote(command), width: 80, height: 24, environment: environment)
    }

    /// The screen once at least two bars show a rate and a time left.
    public static func moving(_ submit: TmuxSession) async throws -> String {
        try await submit.waitUntil("rate and time left on every moving bar") { screen in
            let bars = screen.split(separator: "\n").filter { $0.contains("░") }
            return bars.count >= 2 && bars.allSatisfy { $0.contains("kB/s") && $0.contains(/\d:\d\d/) }
        }
    }

    static func sandboxURL(_ path: String) async throws -> String {
        try await Wait.value("the sandbox's session file") { () -> String? in
            guard let data = FileManager.default.contents(atPath: path),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return nil }
            return object["url"] as? String ?? object["base_url"] as? String
        }
    }
}
