import Foundation

/// Base64 (RFC 4648): the standard alphabet padded (OSC 52, Basic credentials), and the URL
/// alphabet unpadded (tokens).
public enum Base64 {
    /// Standard base64, padded.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        Data(bytes).base64EncodedString()
    }

    /// The bytes of standard base64 text; nil when it is not base64.
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        Data(base64Encoded: String(text)).map(Array.init)
    }

    /// Base64 with the URL alphabet and no padding.
    public static func encodeURL(_ bytes: some Sequence<UInt8>) -> String {
        encode(bytes)
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The bytes of unpadded URL-alphabet base64 text; nil when it is not base64.
    public static func decodeURL(_ text: some StringProtocol) -> [UInt8]? {
        var base = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base.count % 4 != 0 { base += "=" }
        return decode(base)
    }
}
