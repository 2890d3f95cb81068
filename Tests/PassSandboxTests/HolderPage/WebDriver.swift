import AsyncHTTPClient
import Foundation
import TestSupport
import NIOCore
import PassCore

/// A W3C WebDriver session with headless Chromium through chromedriver,
/// spoken as JSON over loopback HTTP with the project's HTTP client.
final class WebDriver: @unchecked Sendable {
    private let driver: Spawn.Running
    private let folder: TemporaryDirectory
    private let base: String
    private let session: String

    /// The key W3C WebDriver names an element reference by.
    private static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    struct Failure: Error, CustomStringConvertible {
        let description: String

        /// An element of a page that has since been replaced (a reload) was asked for.
        var isAboutAReplacedPage: Bool {
            description.contains("stale element reference") || description.contains("no such element")
                || description.contains("no such execution context")
        }
    }

    private init(driver: Spawn.Running, folder: TemporaryDirectory, base: String, session: String) {
        self.driver = driver
        self.folder = folder
        self.base = base
        self.session = session
    }

    /// Starts chromedriver on a free port and opens a browser session with a fresh profile.
    static func start() async throws -> WebDriver {
        guard let browser = Chromium.browser, let driverPath = Chromium.driver else { throw Failure(description: Chromium.driverMissing) }
        let folder = try TemporaryDirectory()
        // chromedriver's "started on port N" line is buffered when its output is a
        // file, so it gets a port that was free a moment ago and is asked until it answers.
        var started: (Spawn.Running, String)?
        for _ in 0..<3 where started == nil {
            let port = try freePort()
            let driver = try Spawn.start([driverPath, "--port=\(port)"], environment: Chromium.environment(folder: folder.path),
                                         newProcessGroup: true)
            let base = "http://127.0.0.1:\(port)"
            let deadline = ContinuousClock.now + .seconds(60)
            while ContinuousClock.now < deadline, !driver.hasEnded {
                if (try? await call("GET", base + "/status", nil))?["value"]?["ready"]?.boolValue == true {
                    started = (driver, base)
                    break
                }
                try? await Task.sleep(for: .milliseconds(20))
            }
            if started == nil { driver.stop() }
        }
        guard let (driver, base) = started else {
            folder.remove()
            throw Failure(description: "chromedriver did not start")
        }
        let capabilities: JSONValue = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": .string(browser),
                        "args": .array(Chromium.flags(profile: folder.path + "/profile").map(JSONValue.string) + ["--window-size=1280,800"]),
                    ],
                ],
            ],
        ]
        do {
            let answer = try await call("POST", base + "/session", capabilities)
            guard let session = answer["value"]?["sessionId"]?.stringValue else { throw Failure(description: "no session in \(JSONWriter.string(answer))") }
            return WebDriver(driver: driver, folder: folder, base: base, session: session)
        } catch {
            driver.stop()
            folder.remove()
            throw error
        }
    }

    /// A loopback port that nothing listens on now.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "no socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(fd, socketAddress, length) == 0 && getsockname(fd, socketAddress, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "no free port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs `body` with a new browser session, ended afterwards, also when `body` throws.
    static func session(_ body: (WebDriver) async throws -> Void) async throws {
        let browser = try await start()
        do {
            try await body(browser)
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    /// Ends the session and the driver, and removes the profile.
    func quit() async {
        _ = try? await Self.call("DELETE", base + "/session/" + session, nil)
        driver.stop()
        folder.remove()
    }

    // MARK: Commands

    func open(_ url: String) async throws {
        _ = try await command("POST", "/url", ["url": .string(url)])
    }

    var currentURL: String {
        get async throws { try await command("GET", "/url", nil).stringValue ?? "" }
    }

    /// The first element matching `css`, or nil.
    func element(_ css: String) async throws -> String? {
        let found = try await command("POST", "/elements", ["using": "css selector", "value": .string(css)])
        return found.arrayValue?.first?[Self.elementKey]?.stringValue
    }

    func elements(_ css: String) async throws -> [String] {
        let found = try await command("POST", "/elements", ["using": "css selector", "value": .string(css)])
        return (found.arrayValue ?? []).compactMap { $0[Self.elementKey]?.stringValue }
    }

    /// The rendered text of an element.
    func text(_ element: String) async throws -> String {
        try await command("GET", "/element/\(element)/text", nil).stringValue ?? ""
    }

    func attribute(_ name: String, of element: String) async throws -> String? {
        try await command("GET", "/element/\(element)/attribute/\(name)", nil).stringValue
    }

    func click(_ element: String) async throws {
        _ = try await command("POST", "/element/\(element)/click", [:])
    }

    /// Types `text` into an element (focusing it first); `WebDriver.enter` is the Enter key.
    func type(_ text: String, into element: String) async throws {
        _ = try await command("POST", "/element/\(element)/value", ["text": .string(text)])
    }

    static let enter = "\u{E007}"
    static let tab = "\u{E004}"

    /// Presses keys wherever the focus is.
    func press(_ keys: String) async throws {
        let actions: [JSONValue] = keys.unicodeScalars.flatMap { key -> [JSONValue] in
            [["type": "keyDown", "value": .string(String(key))], ["type": "keyUp", "value": .string(String(key))]]
        }
        _ = try await command("POST", "/actions", ["actions": [["type": "key", "id": "keyboard", "actions": .array(actions)]]])
    }

    /// Runs `script` in the page and returns its result.
    func run(_ script: String) async throws -> JSONValue {
        try await command("POST", "/execute/sync", ["script": .string(script), "args": []])
    }

    /// The text of an open alert, or nil when there is none.
    func alertText() async throws -> String? {
        do {
            return try await command("GET", "/alert/text", nil).stringValue
        } catch let failure as Failure where failure.description.contains("no such alert") {
            return nil
        }
    }

    /// Polls `condition` every 50 ms until it holds; the ceiling only guards against hangs.
    func wait(for what: String, timeout: Duration = .seconds(120), _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            do {
                if try await condition() { return }
            } catch let failure as Failure where failure.isAboutAReplacedPage {
                // The page reloaded between finding an element and reading it: ask again.
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure(description: "timed out waiting for \(what); the page is at \(try await currentURL)")
    }

    // MARK: Transport

    private func command(_ method: String, _ path: String, _ body: JSONValue?) async throws -> JSONValue {
        try await Self.call(method, base + "/session/" + session + path, body)["value"] ?? .null
    }

    private static func call(_ method: String, _ url: String, _ body: JSONValue?) async throws -> JSONValue {
        var request = HTTPClientRequest(url: url)
        request.method = .init(rawValue: method)
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
            request.body = .bytes(ByteBuffer(bytes: JSONWriter.bytes(body)))
        }
        let response = try await PassHTTP.shared.execute(request, timeout: .seconds(120))
        let bytes = try await response.body.collect(upTo: 32 << 20)
        let value = (try? JSONParser.parse(Array(bytes.readableBytesView))) ?? .null
        guard response.status.code < 300 else {
            let error = value["value"]?["error"]?.stringValue ?? "HTTP \(response.status.code)"
            let message = value["value"]?["message"]?.stringValue ?? ""
            throw Failure(description: "WebDriver \(method) \(url): \(error): \(message.prefix(500))")
        }
        return value
    }
}
