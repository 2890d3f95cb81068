/// One intermediary of a partner_chain [seed 002].
public struct PartnerChainEntry: Codable, Sendable, Equatable, Hashable {
    public var name: String
    public init(name: String) { self.name = name }
}

/// A file declared for asynchronous upload [seed 001].
public struct Asset: Codable, Sendable, Equatable, Hashable {
    public var assetID: String
    public var assetType: AssetType

    public init(assetID: String, assetType: AssetType) {
        self.assetID = assetID
        self.assetType = assetType
    }

    enum CodingKeys: String, CodingKey {
        case assetID = "asset_id"
        case assetType = "asset_type"
    }
}

/// One credential of a batch: its id, its fields and any files.
public struct CredentialItem<Fields: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var credentialID: String
    public var fields: Fields
    public var assets: [Asset]?

    public init(credentialID: String, fields: Fields, assets: [Asset]? = nil) {
        self.credentialID = credentialID
        self.fields = fields
        self.assets = assets
    }

    enum CodingKeys: String, CodingKey {
        case credentialID = "credential_id"
        case fields
        case assets
    }
}
