/// A file on disk standing for one declared asset.
public struct AssetFile: Sendable, Equatable {
    public var assetID: String
    public var path: String
    /// The type the payload declares for the asset.
    public var type: AssetType
    /// The size seen by the pre-flight check; an upload refuses a file whose
    /// size changed since.
    public var size: Int64?

    public init(assetID: String, path: String, type: AssetType, size: Int64? = nil) {
        self.assetID = assetID
        self.path = path
        self.type = type
        self.size = size
    }

    /// The last component of the path.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// An asset a payload declares: its id, its type and where it is declared.
public struct AssetDeclaration: Sendable, Equatable {
    public var assetID: String
    public var type: AssetType
    /// `$.microcredential_items[0].assets[0]`
    public var path: JSONPath
    /// The `full_name` of the item that declares it (an OpenCert's recipient should be this holder).
    public var holderName: String?

    public init(assetID: String, type: AssetType, path: JSONPath, holderName: String? = nil) {
        self.assetID = assetID
        self.type = type
        self.path = path
        self.holderName = holderName
    }

    /// Every asset declared in a batch, in document order. Declarations of
    /// an unknown type are left out (the validator reports them).
    public static func all(in value: JSONValue, as kind: PayloadKind) -> [AssetDeclaration] {
        guard kind == .batch else { return [] }
        var result: [AssetDeclaration] = []
        for (section, index, item) in Validator.items(of: value) {
            guard let assets = item["assets"]?.arrayValue else { continue }
            let itemPath = Validator.path(section, index).appending("assets")
            for (i, asset) in assets.enumerated() {
                guard let id = asset["asset_id"]?.stringValue,
                    let type = asset["asset_type"]?.stringValue.flatMap(AssetType.init(rawValue:))
                else { continue }
                result.append(AssetDeclaration(assetID: id, type: type, path: itemPath.appending(i),
                                               holderName: item["fields"]?["full_name"]?.stringValue))
            }
        }
        return result
    }
}
