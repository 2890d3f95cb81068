import Crypto
import Foundation
import PassCore

/// Presigned upload links in the shape of S3's signature v4 query:
/// `/_store/<request>/<asset>?X-Amz-Algorithm=…&X-Amz-Date=…&X-Amz-Expires=…&X-Sandbox-Nonce=…&X-Amz-Signature=…`.
/// The signature (HMAC-SHA256 with a key made per run) covers the path,
/// the time, the lifetime and the nonce; the content type a link is bound
/// to is kept by the store beside the nonce.
struct UploadLinks: Sendable {
    private let keyBytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    static let pathPrefix = "/_store"

    func path(requestID: String, assetID: String) -> String {
        Self.pathPrefix + "/" + PercentEncoding.pathSegment(requestID) + "/" + PercentEncoding.pathSegment(assetID)
    }

    /// A link for `assetID` made at `issued`, valid for `lifetime` seconds.
    func make(baseURL: String, requestID: String, assetID: String, nonce: String, issued: Date, lifetime: Int) -> String {
        let date = PresignedURL.amzDate(issued)
        let path = path(requestID: requestID, assetID: assetID)
        let signature = sign(path: path, date: date, expires: lifetime, nonce: nonce)
        let query = PercentEncoding.form([
            ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
            ("X-Amz-Credential", "sandbox/\(date.prefix(8))/local/s3/aws4_request"),
            ("X-Amz-Date", date),
            ("X-Amz-Expires", String(lifetime)),
            ("X-Amz-SignedHeaders", "content-type;host"),
            ("X-Sandbox-Nonce", nonce),
            ("X-Amz-Signature", signature),
        ])
        return baseURL + path + "?" + query
    }

    /// What a link's query says, once its signature is checked.
    struct Verified {
        var nonce: String
        var expiresAt: Date
    }

    /// The nonce and expiry of a link, or nil when it is not one of ours.
    func verify(path: String, query: Substring) -> Verified? {
        let values = PercentEncoding.fields(query)
        guard let date = values["X-Amz-Date"], let expires = values["X-Amz-Expires"].flatMap(Int.init),
            let nonce = values["X-Sandbox-Nonce"], let signature = values["X-Amz-Signature"],
            let expiry = PresignedURL.expiry(of: "?X-Amz-Date=\(date)&X-Amz-Expires=\(expires)")
        else { return nil }
        let expected = sign(path: path, date: date, expires: expires, nonce: nonce)
        guard Self.constantTimeEqual(expected, signature) else { return nil }
        return Verified(nonce: nonce, expiresAt: expiry)
    }

    private func sign(path: String, date: String, expires: Int, nonce: String) -> String {
        let text = "PUT\n\(path)\n\(date)\n\(expires)\n\(nonce)"
        let mac = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)
        return Checksum.hex(mac)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
