import Foundation

/// The widget gallery's screens for the docs: the gallery, its help, the too-small notices.
public enum GalleryWalks {
    static func gallery(_ arguments: String = "") -> String {
        "\(TmuxSession.quote(TmuxSession.binary)) gallery \(arguments)"
    }

    static func capture(_ name: String, width: Int, height: Int, keys: [String] = [], waitFor: String) async throws -> ScreenCapture {
        let session = try TmuxSession(command: gallery(), width: width, height: height)
        defer { session.close() }
        var screen = try await session.waitFor(waitFor)
        if !keys.isEmpty {
            try session.tmux(["send-keys"] + keys)
            let before = screen
            screen = try await session.waitUntil("the keys' effect") { $0 != before }
        }
        return ScreenCapture(name: name, width: width, screen: screen)
    }

    public static func all() async throws -> [ScreenCapture] {
        [
            try await capture("gallery-100x30.txt", width: 100, height: 30, waitFor: "widget gallery"),
            try await capture("help-100x30.txt", width: 100, height: 30, keys: ["F1"], waitFor: "widget gallery"),
            try await capture("small-terminal-40x10.txt", width: 40, height: 10, waitFor: "too small"),
            try await capture("small-terminal-20x5.txt", width: 20, height: 5, waitFor: "too small"),
        ]
    }
}
