/// The kinds of file an asset can be.
public enum AssetType: String, Sendable, Codable, CaseIterable {
    case pdf
    case jpg
    case png
    case openCert = "open_cert"

    /// The `Content-Type` its upload must carry [model, seed 001].
    public var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpg: "image/jpeg"
        case .png: "image/png"
        case .openCert: "application/json"
        }
    }

    /// A name for people ("PDF").
    public var displayName: String {
        switch self {
        case .pdf: "PDF"
        case .jpg: "JPEG image"
        case .png: "PNG image"
        case .openCert: "OpenCert"
        }
    }
}
