/// JSON written byte for byte as JavaScript's `JSON.stringify(value)` writes
/// it: no whitespace, the escapes `\" \\ \b \f \n \r \t` and `\u00xx` for the
/// other control characters, everything else as UTF-8; numbers as
/// JavaScript prints them (`1e+21`, `1e-7`, `100`); array-index keys of an
/// object first, in numeric order. OpenAttestation hashes exactly these bytes,
/// so they are not `JSONWriter`'s (which indents for people).
public enum JavaScriptJSON {
    public static func stringify(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        append(value, to: &out)
        return out
    }

    public static func append(_ value: JSONValue, to out: inout [UInt8]) {
        switch value {
        case .null: out += Self.null
        case .bool(let b): out += b ? Array("true".utf8) : Array("false".utf8)
        case .number(let literal): out += number(literal).utf8
        case .string(let s): appendString(s, to: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                append(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for (i, member) in propertyOrder(object).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendString(member.key, to: &out)
                out.append(UInt8(ascii: ":"))
                append(member.value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// `text` as a JSON string literal, quotes included.
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + text.utf8.count + 2)
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default: out += Array("u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
                }
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A JSON number literal as JavaScript prints the number it parses to:
    /// the shortest digits that read back to the same double, in plain
    /// notation from 1e-6 up to below 1e21, otherwise `d.ddde±n`; `-0` is
    /// `0` and a literal too large for a double is `null`.
    public static func number(_ literal: String) -> String {
        guard let value = Double(literal), value.isFinite else { return "null" }
        if value == 0 { return "0" }
        // Swift's description holds the same shortest digits, differently laid out.
        var text = Substring(value.magnitude.description)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var digits = Array(parts[0]) + (parts.count > 1 ? Array(parts[1]) : [])
        // value = 0.digits × 10^point
        var point = parts[0].count + exponent
        while digits.first == "0" { digits.removeFirst(); point -= 1 }
        while digits.last == "0" { digits.removeLast() }
        let k = digits.count
        let sign = value < 0 ? "-" : ""
        let all = String(digits)
        if k <= point && point <= 21 { return sign + all + String(repeating: "0", count: point - k) }
        if 0 < point && point <= 21 { return sign + String(digits[..<point]) + "." + String(digits[point...]) }
        if -6 < point && point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + all }
        let e = point - 1
        let mantissa = k == 1 ? all : String(digits[0]) + "." + String(digits[1...])
        return sign + mantissa + "e" + (e < 0 ? "-" : "+") + String(abs(e))
    }

    /// JavaScript's property order: keys that are array indices (0 to
    /// 2³² − 2, written canonically) ascending, then the rest as inserted.
    static func propertyOrder(_ object: JSONObject) -> [JSONObject.Member] {
        var indices: [(UInt32, JSONObject.Member)] = []
        var others: [JSONObject.Member] = []
        for member in object.members {
            if let index = arrayIndex(member.key) { indices.append((index, member)) } else { others.append(member) }
        }
        if indices.isEmpty { return others }
        return indices.sorted { $0.0 < $1.0 }.map(\.1) + others
    }

    private static func arrayIndex(_ key: String) -> UInt32? {
        guard let n = UInt32(key), n != UInt32.max, String(n) == key else { return nil }
        return n
    }

    private static let null = Array("null".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)
}
