import Foundation
import PassCore
import PassSandbox

/// The file a running `sandbox` command leaves in the state folder (mode
/// 0600) so that `submit --sandbox-url` and `status --sandbox-url` can use
/// its demo client without the secret being typed or passed in a flag.
enum SandboxSession {
    static func write(_ sandbox: RunningSandbox, paths: AppPaths) throws {
        try AppPaths.makeDirectory(paths.stateDirectory)
        let value: JSONValue = [
            "url": .string(sandbox.baseURL),
            "client_id": .string(sandbox.clientID),
            "client_secret": .string(sandbox.clientSecret.reveal()),
            "pid": .number(String(getpid())),
        ]
        let path = paths.sandboxSessionFile
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CommandFailure(ExitStatus.unreadable, "\(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = JSONWriter.bytes(value)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }

    /// Removes the session file if it is still this process's (a sandbox
    /// started later may have replaced it).
    static func remove(paths: AppPaths) {
        guard let bytes = try? FileReader.read(paths.sandboxSessionFile, limit: 64 * 1024),
            case .number(let pid)? = try? JSONParser.parse(bytes)["pid"], Int32(pid) == getpid()
        else { return }
        unlink(paths.sandboxSessionFile)
    }

    /// An endpoint for the sandbox at `url`: the demo client of the session
    /// file when it names that URL, else the usual environment variables.
    static func endpoint(url: String, paths: AppPaths, environment: [String: String]) throws(CommandFailure) -> Endpoint {
        var base = url
        while base.hasSuffix("/") { base.removeLast() }
        var authentication = Endpoint.Authentication.none
        if let token = environment["ACCESS_TOKEN"], !token.isEmpty {
            authentication = .token(Secret(token))
        } else if let id = environment["SEEK_PASS_CLIENT_ID"], let secret = environment["SEEK_PASS_CLIENT_SECRET"] {
            authentication = .clientCredentials(.init(tokenURL: base + APIPaths.standard.token, clientID: id, clientSecret: Secret(secret)))
        } else if let bytes = try? FileReader.read(paths.sandboxSessionFile, limit: 64 * 1024),
            let session = try? JSONParser.parse(bytes), session["url"]?.stringValue == base,
            let id = session["client_id"]?.stringValue, let secret = session["client_secret"]?.stringValue {
            authentication = .clientCredentials(.init(tokenURL: base + APIPaths.standard.token, clientID: id, clientSecret: Secret(secret)))
        } else {
            throw CommandFailure(ExitStatus.unreadable,
                                 "no credentials for the sandbox at \(base): start it with `seekpass-composer sandbox` on this account, or set SEEK_PASS_CLIENT_ID and SEEK_PASS_CLIENT_SECRET to the demo client it printed")
        }
        do {
            return try Endpoint(baseURL: base, authentication: authentication, profileName: "sandbox", isSandbox: true,
                                isProductionLike: false)
        } catch {
            throw CommandFailure(ExitStatus.unreadable, error.description)
        }
    }
}
