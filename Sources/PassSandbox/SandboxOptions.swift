import Foundation
import Logging
import PassCore

/// How a sandbox behaves: its demo client, lifetimes, limits, faults and
/// where it keeps what it received.
public struct SandboxOptions: Sendable {
    /// The demo OAuth client.
    public var clientID = "sandbox-demo"
    /// The demo client's secret; a new random one per run unless set.
    public var clientSecret: Secret = Secret(SandboxOptions.randomToken(bytes: 18))
    /// The scopes the demo client may ask for: every scope of the API.
    public var allowedScopes: Set<String> = Set(BatchSection.allCases.map(\.scope))
    /// Lifetime of an access token.
    public var tokenLifetime: Duration = .seconds(3600)
    /// An unfinished request turns `canceled` after this long (48 h [docs]).
    public var requestLifetime: Duration = RequestID.retention
    /// Lifetime of a presigned upload link.
    public var uploadLinkLifetime: Duration = .seconds(ModelRules.standard.uploadLinkLifetime)
    /// The largest API request body.
    public var maximumRequestBody = ModelRules.standard.maximumRequestBody
    /// The largest upload.
    public var maximumUploadSize = ModelRules.standard.maximumAssetSize
    /// Requests kept; the oldest are forgotten beyond this.
    public var maximumRequests = 1000
    /// Request bodies up to this size are kept for `/_sandbox/requests/{id}`.
    public var keptBodyLimit = 64 * 1024
    /// Arrived files up to this size are also held in memory, so the
    /// holder's page can open them without `uploadsDirectory`; 0: none.
    public var heldFileLimit = 8 << 20
    /// At most this many bytes of files are held in all; the oldest make room.
    public var heldFilesTotal = 64 << 20
    /// Faults from the start.
    public var faults = SandboxFaults()
    /// A JSON-lines file that keeps requests and uploads across runs.
    public var journalPath: String?
    /// A folder to write uploaded bytes to (`<request id>/<asset id>`);
    /// without it only size, type and SHA-256 are kept.
    public var uploadsDirectory: String?
    /// How long a connection may take over a request's head or stay idle,
    /// and how many may be open (30 s, 120 s, 512 by default).
    public var connectionLimits = ConnectionLimits.standard
    /// Where the server logs (nothing by default). Every line reaches it
    /// sanitised (`SanitizingLogHandler`).
    public var logger = Logger(label: "seekpass.sandbox", factory: { _ in SwiftLogNoOpLogHandler() })
    /// The sandbox's clock (tests move it forward).
    public var now: @Sendable () -> Date = Date.init

    public init() {}

    /// A random URL-safe string of `bytes` random bytes.
    public static func randomToken(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let raw = (0..<bytes).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Base64.encodeURL(raw)
    }
}
