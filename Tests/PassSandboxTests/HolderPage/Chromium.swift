import Foundation
import TestSupport

/// Headless Chromium from Debian (`apt-get install chromium chromium-driver`),
/// as the browser tests run it: headless, without the GPU, without the
/// setuid sandbox (it refuses to start as root otherwise, as in CI), each
/// run with a fresh profile, so a run is a new visitor.
enum Chromium {
    static let browser: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(Spawn.which).first
    static let driver: String? = Spawn.which("chromedriver")

    static var isAvailable: Bool { browser != nil }
    static var isDriverAvailable: Bool { browser != nil && driver != nil }
    static let missing = "chromium is not installed (apt-get install chromium): the holder page's browser tests need it"
    static let driverMissing = "chromium or chromedriver is not installed (apt-get install chromium chromium-driver): the click-through tests need them"

    /// Flags of every run.
    static func flags(profile: String) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
         "--disable-sync", "--metrics-recording-only", "--mute-audio", "--hide-scrollbars",
         "--user-data-dir=" + profile]
    }

    /// An environment for the browser: a private HOME and XDG folders under `folder`.
    static func environment(folder: String) -> [String: String] {
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder]
        for name in ["XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"] {
            env[name] = folder + "/" + name.lowercased()
        }
        return env
    }

    /// The DOM of `url` once its scripts have run for `budget` milliseconds
    /// of virtual time (the page polls once a second; navigations count).
    static func dumpDOM(_ url: String, budget: Int = 4000) async throws -> String {
        guard let browser else { throw Spawn.Failure.spawn("chromium", ENOENT) }
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let process = try Spawn.start(
            [browser] + flags(profile: folder.path + "/profile") + ["--virtual-time-budget=\(budget)", "--dump-dom", url],
            environment: environment(folder: folder.path), newProcessGroup: true)
        let result = await process.ended()
        let dom = result.output
        guard result.status == 0, dom.contains("<html") else {
            throw BrowserFailure("chromium --dump-dom \(url) ended with \(result.status): \(result.stderr.suffix(2000))")
        }
        return dom
    }
}

struct BrowserFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// What a test reads off a rendered DOM.
struct RenderedDOM {
    let html: String

    /// The text of the document: tags dropped, character references decoded, spaces collapsed.
    var text: String {
        var out = ""
        var inTag = false
        var inScript = false
        var i = html.startIndex
        while i < html.endIndex {
            let c = html[i]
            if c == "<" {
                inTag = true
                let rest = html[i...]
                if rest.hasPrefix("<script") || rest.hasPrefix("<style") { inScript = true }
                if rest.hasPrefix("</script") || rest.hasPrefix("</style") { inScript = false }
                out.append(" ")
            } else if c == ">" {
                inTag = false
            } else if !inTag && !inScript {
                out.append(c)
            }
            i = html.index(after: i)
        }
        let decoded = out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
        return decoded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The value of `attribute` on the first tag that carries `marker` (an
    /// attribute written as the DOM serializes it, e.g. `data-asset="X"`).
    func attribute(_ attribute: String, ofTagWith marker: String) -> String? {
        guard let at = html.range(of: marker) else { return nil }
        let start = html[..<at.lowerBound].lastIndex(of: "<") ?? at.lowerBound
        guard let end = html[at.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = html[start..<end]
        guard let found = tag.range(of: " " + attribute + "=\"") else { return nil }
        let value = tag[found.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }

    /// The text inside the element that carries `marker`, up to its first child's end (for leaf elements).
    func leafText(ofTagWith marker: String) -> String? {
        guard let at = html.range(of: marker), let open = html[at.upperBound...].firstIndex(of: ">") else { return nil }
        let rest = html[html.index(after: open)...]
        guard let close = rest.firstIndex(of: "<") else { return nil }
        return RenderedDOM(html: String(rest[..<close])).text
    }
}
