import ArgumentParser
import Dispatch
import Foundation
import Logging
import PassCore
import PassSandbox

/// `seekpass-composer sandbox`
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the local partner-API sandbox until Ctrl-C.",
        discussion: """
            Prints its URL and a demo client id and secret. Faults make a demo show recovery:

              --fault latency=MS              --fault error-rate=0.3
              --fault fail-next=N             --fault retry-after=SECONDS
              --fault drop-upload-rate=0.5    --fault drop-next-uploads=N
              --fault expired-urls            --fault expired-next=N
              --fault slow-store=KIB_PER_S

            They can be changed while it runs: POST /_sandbox/faults. See docs/sandbox.md.
            """
    )

    @Option(help: "A loopback address to listen on: 127.0.0.1 (or another 127.x.y.z), ::1 or localhost.")
    var host = "127.0.0.1"

    @Option(help: "The port (0 picks a free one).")
    var port = 8080

    @Option(name: .customLong("fault"), help: "A fault, NAME=VALUE (repeatable).")
    var faults: [String] = []

    @Option(help: "Seconds until an unaccepted request is canceled (default 48 h).")
    var expiry: Int = Int(RequestID.retention.components.seconds)

    @Option(help: "Seconds an upload link stays valid.")
    var linkLifetime: Int = ModelRules.standard.uploadLinkLifetime

    @Option(help: "Seconds an access token stays valid.")
    var tokenLifetime: Int = 3600

    @Option(help: "The largest upload accepted, in bytes.")
    var maxUploadSize: Int = ModelRules.standard.maximumAssetSize

    @Option(help: "A JSON-lines file keeping requests and uploads across runs.")
    var journal: String?

    @Option(help: "A folder to write uploaded files to (otherwise only size, type and SHA-256 are kept).")
    var keepUploads: String?

    @Option(help: "Seconds a connection may take to send a request's head (at most 30).")
    var headerTimeout: Double = ConnectionLimits.standard.headerReadTimeout.inSeconds

    @Option(help: "Seconds a connection may stay open with no request (at most 120).")
    var idleTimeout: Double = ConnectionLimits.standard.idleTimeout.inSeconds

    @Option(help: "Connections open at once; past it the longest idle one is closed.")
    var maxConnections: Int = ConnectionLimits.standard.maximumConnections

    @Flag(help: "Print one line per request on standard error.")
    var verbose = false

    func run() async throws {
        var options = SandboxOptions()
        do {
            for fault in faults { try options.faults.apply(fault) }
        } catch {
            throw CommandFailure(ExitStatus.unreadable, error.description).exit()
        }
        guard expiry > 0, linkLifetime > 0, tokenLifetime > 0, maxUploadSize > 0 else {
            throw CommandFailure(ExitStatus.unreadable, "lifetimes and sizes are positive numbers").exit()
        }
        let limits = ConnectionLimits.standard
        guard headerTimeout > 0, headerTimeout <= limits.headerReadTimeout.inSeconds,
            idleTimeout > 0, idleTimeout <= limits.idleTimeout.inSeconds, maxConnections > 0
        else {
            throw CommandFailure(ExitStatus.unreadable,
                                 "--header-timeout is 0 to \(Int(limits.headerReadTimeout.inSeconds)) seconds, --idle-timeout 0 to \(Int(limits.idleTimeout.inSeconds)), --max-connections at least 1").exit()
        }
        options.connectionLimits = ConnectionLimits(headerReadTimeout: .milliseconds(Int64(headerTimeout * 1000)),
                                                    idleTimeout: .milliseconds(Int64(idleTimeout * 1000)),
                                                    maximumConnections: maxConnections)
        options.requestLifetime = .seconds(expiry)
        options.uploadLinkLifetime = .seconds(linkLifetime)
        options.tokenLifetime = .seconds(tokenLifetime)
        options.maximumUploadSize = maxUploadSize
        options.journalPath = journal
        options.uploadsDirectory = keepUploads
        let paths = AppPaths.resolve()
        if verbose {
            options.logger = Logger(label: "sandbox") { label in RedactingLogHandler(label: label, file: .standardError) }
        } else {
            options.logger = CommandLogging.bootstrap(paths: paths, label: "seekpass.sandbox")
        }
        let sandbox: RunningSandbox
        do {
            sandbox = try await SandboxServer(options: options).start(host: host, port: port)
        } catch let error as SandboxError {
            switch error {
            case .notLoopback, .badPort: throw CommandFailure(ExitStatus.unreadable, error.description).exit()
            case .couldNotListen: throw CommandFailure(ExitStatus.remote, error.description).exit()
            }
        } catch {
            throw CommandFailure(ExitStatus.remote, "\(error)").exit()
        }
        do {
            try SandboxSession.write(sandbox, paths: paths)
        } catch {
            StandardStreams.err("note: the session file could not be written (\(error)); pass the demo client in SEEK_PASS_CLIENT_ID/SEEK_PASS_CLIENT_SECRET\n")
        }
        // The demo secret is printed on purpose (it is this run's own, for
        // this machine); everything else passes the gate as usual.
        StandardStreams.out("""
            SEEK Pass sandbox listening on \(sandbox.baseURL)
              demo client id:     \(sandbox.clientID)
              demo client secret: \(sandbox.clientSecret.reveal())
              token URL:          \(sandbox.baseURL)\(APIPaths.standard.token)
              what it received:   \(sandbox.baseURL)/_sandbox/requests
              faults:             \(JSONWriter.string(options.faults.json).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))
            Submit to it:  seekpass-composer submit FILE --sandbox-url \(sandbox.baseURL)
            Stop with Ctrl-C.

            """, revealing: sandbox.clientSecret)
        await Signals.waitForTermination()
        StandardStreams.out("stopping\n")
        await sandbox.stop()
        SandboxSession.remove(paths: paths)
    }
}

/// Waits for SIGINT or SIGTERM without blocking a thread.
enum Signals {
    static func waitForTermination() async {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let (stream, continuation) = AsyncStream.makeStream(of: Int32.self)
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
        var iterator = stream.makeAsyncIterator()
        _ = await iterator.next()
        for source in sources { source.cancel() }
    }
}
