/// Percent-encoding of URL parts and form values (RFC 3986 unreserved set).
public enum PercentEncoding {
    /// `text` safe as one path segment.
    public static func pathSegment(_ text: String) -> String { encode(text) }

    /// `text` safe as an `application/x-www-form-urlencoded` or query value.
    public static func formValue(_ text: String) -> String { encode(text) }

    /// A form body of `pairs`, in order.
    public static func form(_ pairs: [(String, String)]) -> String {
        pairs.map { formValue($0.0) + "=" + formValue($0.1) }.joined(separator: "&")
    }

    /// Decodes `%XX` escapes and `+` as space; `nil` when an escape is broken.
    public static func decode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(0x20)
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The pairs of a query string or form body, decoded; broken pairs are skipped.
    public static func pairs(_ text: Substring) -> [(String, String)] {
        text.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = decode(parts[0]) else { return nil }
            let value = parts.count > 1 ? decode(parts[1]) : ""
            return value.map { (key, $0) }
        }
    }

    /// The fields of a query string or form body by name (a later value of
    /// the same name wins); `lowercasingKeys` for case-insensitive names.
    public static func fields(_ text: Substring, lowercasingKeys: Bool = false) -> [String: String] {
        var fields: [String: String] = [:]
        for (key, value) in pairs(text) { fields[lowercasingKeys ? key.lowercased() : key] = value }
        return fields
    }

    private static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return out
    }

    private static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }
}
