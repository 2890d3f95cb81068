import PassCore

/// Where a submission can go: the embedded sandbox or a configured profile.
public struct EndpointChoice: Sendable, Equatable, Identifiable {
    /// "sandbox (embedded)", or the profile's name.
    public var id: String
    /// What the title bar says: "SANDBOX — nothing leaves this machine", or the endpoint and profile.
    public var label: String
    public var baseURL: String
    public var isSandbox: Bool
    public var isProduction: Bool
    /// The prefix of new request ids for this endpoint (`<PREFIX>-<UUID>`).
    public var idPrefix: String

    public init(id: String, label: String, baseURL: String, isSandbox: Bool, isProduction: Bool,
                idPrefix: String = RequestID.defaultPrefix) {
        self.id = id
        self.label = label
        self.baseURL = baseURL
        self.isSandbox = isSandbox
        self.isProduction = isProduction
        self.idPrefix = idPrefix
    }
}

/// One switchable fault of the demo sandbox, as the presenter's menu shows it.
public struct DemoFault: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var isOn: Bool

    public init(id: String, title: String, isOn: Bool) {
        self.id = id
        self.title = title
        self.isOn = isOn
    }
}

/// What the composer needs to send and follow requests; injected by the
/// program's wiring (and by tests, with a sandbox on loopback).
public struct SubmissionServices: Sendable {
    /// Every place requests can go; `current` names the one in use.
    public var endpoints: @Sendable () -> [EndpointChoice]
    /// A client for `choice` (its token is fetched on first use).
    public var client: @Sendable (EndpointChoice) async throws -> PassClient
    /// The local history submissions are recorded in.
    public var history: SubmissionHistory?
    /// The faults of the embedded sandbox, when there is one.
    public var faults: (@Sendable () async -> [DemoFault])?
    /// Switches a fault on or off.
    public var setFault: (@Sendable (String, Bool) async -> Void)?
    /// Opens a URL in the desktop's browser; false when there is no desktop.
    public var openURL: @Sendable (String) -> Bool
    /// Looks at the files before sending (exists, regular, readable, size, type).
    public var preflight: @Sendable ([AssetDeclaration], [String: String]) -> (files: [AssetFile], findings: [Finding])

    public init(
        endpoints: @escaping @Sendable () -> [EndpointChoice],
        client: @escaping @Sendable (EndpointChoice) async throws -> PassClient,
        history: SubmissionHistory?,
        faults: (@Sendable () async -> [DemoFault])? = nil,
        setFault: (@Sendable (String, Bool) async -> Void)? = nil,
        openURL: @escaping @Sendable (String) -> Bool = { _ in false },
        preflight: @escaping @Sendable ([AssetDeclaration], [String: String]) -> (files: [AssetFile], findings: [Finding])
            = { declarations, paths in AssetPreflight().check(declarations: declarations, paths: paths) }
    ) {
        self.endpoints = endpoints
        self.client = client
        self.history = history
        self.faults = faults
        self.setFault = setFault
        self.openURL = openURL
        self.preflight = preflight
    }
}
