/// A value of a wrapped OpenAttestation v2 document, `<uuid>:<type>:<value>`
/// (`3b7c…:string:John Doe`, `…:number:5`, `…:boolean:true`, `…:null:null`).
/// Unsalting is for display only; integrity is checked on the salted text.
public enum SaltedValue {
    /// The value without its salt and type, as text: `John Doe`, `5`, `true`.
    /// A value that is not salted (an unwrapped document) is returned as it is.
    public static func unsalted(_ salted: String) -> String {
        guard let rest = afterSalt(salted) else { return salted }
        guard let colon = rest.firstIndex(of: ":") else { return String(rest) }
        let type = rest[..<colon]
        guard ["string", "number", "boolean", "null", "undefined"].contains(type) else { return String(rest) }
        return String(rest[rest.index(after: colon)...])
    }

    /// The unsalted text of `value` when it is a string; nil otherwise.
    public static func unsalted(_ value: JSONValue?) -> String? {
        value?.stringValue.map(unsalted)
    }

    /// What follows `<uuid v4>:`, or nil when `text` does not start so.
    static func afterSalt(_ text: String) -> Substring? {
        let bytes = Array(text.utf8.prefix(37))
        guard bytes.count == 37, bytes[36] == UInt8(ascii: ":") else { return nil }
        for (i, byte) in bytes.dropLast().enumerated() {
            let isDash = i == 8 || i == 13 || i == 18 || i == 23
            if isDash ? byte != UInt8(ascii: "-") : !isHexDigit(byte) { return nil }
        }
        // Version 4, RFC 4122 variant, as OpenAttestation's salts are.
        guard bytes[14] == UInt8(ascii: "4"), [UInt8(ascii: "8"), UInt8(ascii: "9"), UInt8(ascii: "a"), UInt8(ascii: "b"),
                                               UInt8(ascii: "A"), UInt8(ascii: "B")].contains(bytes[19])
        else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: 37)
        return Substring(text[start...])
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
