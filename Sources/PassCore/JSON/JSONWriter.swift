/// Writes JSON the one way this project writes it: UTF-8, two-space
/// indentation, `"key": value`, members in the order given, a final newline.
/// The composer's preview, exported files and request bodies all come from here.
public enum JSONWriter {
    /// The bytes of `value`, pretty-printed, ending with a newline.
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, into: &out, indent: 0)
        out.append(0x0A)
        return out
    }

    /// The text of `value`, as `bytes(_:)` writes it.
    public static func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// `text` as a JSON string literal, quotes included.
    public static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        writeString(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func newline(_ out: inout [UInt8], indent: Int) {
        out.append(0x0A)
        for _ in 0..<indent { out.append(0x20); out.append(0x20) }
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8], indent: Int) {
        switch value {
        case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(true): out.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        case .bool(false): out.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        case .number(let literal): out.append(contentsOf: literal.utf8)
        case .string(let text): writeString(text, into: &out)
        case .array(let elements):
            if elements.isEmpty {
                out.append(contentsOf: [0x5B, 0x5D])
                return
            }
            out.append(0x5B)
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(0x2C) }
                newline(&out, indent: indent + 1)
                write(element, into: &out, indent: indent + 1)
            }
            newline(&out, indent: indent)
            out.append(0x5D)
        case .object(let object):
            if object.isEmpty {
                out.append(contentsOf: [0x7B, 0x7D])
                return
            }
            out.append(0x7B)
            for (i, member) in object.members.enumerated() {
                if i > 0 { out.append(0x2C) }
                newline(&out, indent: indent + 1)
                writeString(member.key, into: &out)
                out.append(0x3A)
                out.append(0x20)
                write(member.value, into: &out, indent: indent + 1)
            }
            newline(&out, indent: indent)
            out.append(0x7D)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes `text` as a string literal. Besides what JSON requires, DEL,
    /// the C1 controls (U+0080–U+009F), the bidirectional controls and the
    /// line and paragraph separators are written as `\uXXXX`: the same string
    /// to any JSON reader, and nothing a terminal acts on when the text is shown.
    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        let utf8 = text.utf8
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x08: out.append(0x5C); out.append(0x62)
            case 0x0C: out.append(0x5C); out.append(0x66)
            case 0x00..<0x20, 0x7F:
                escape(UInt32(b), into: &out)
            case 0xC2, 0xD8, 0xE2:
                // The lead bytes of U+0080–U+009F, U+061C and U+200E–U+2069.
                let scalar = text.unicodeScalars[i]
                let width = UTF8.width(scalar)
                if TextSanitizer.isUnsafe(scalar) {
                    escape(scalar.value, into: &out)
                } else {
                    var j = i
                    for _ in 0..<width { out.append(utf8[j]); j = utf8.index(after: j) }
                }
                i = utf8.index(i, offsetBy: width)
                continue
            default: out.append(b)
            }
            i = utf8.index(after: i)
        }
        out.append(0x22)
    }

    private static func escape(_ value: UInt32, into out: inout [UInt8]) {
        out.append(0x5C); out.append(0x75)
        out.append(hexDigits[Int((value >> 12) & 0xF)])
        out.append(hexDigits[Int((value >> 8) & 0xF)])
        out.append(hexDigits[Int((value >> 4) & 0xF)])
        out.append(hexDigits[Int(value & 0xF)])
    }
}
