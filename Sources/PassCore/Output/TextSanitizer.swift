/// The one gate every string passes before it reaches a terminal or a log:
/// the composer's screens, every line a command prints on standard output or
/// error, and every log line.
///
/// Nothing that a terminal would act on gets through; each such character is shown instead:
/// - C0 controls (U+0000–U+001F) as their Unicode control pictures: ESC is `␛`, BEL `␇`, NUL `␀`,
///   TAB `␉`, LF `␊`, CR `␍`; DEL (U+007F) as `␡`.
/// - C1 controls (U+0080–U+009F) as `␛` plus their 7-bit form: CSI (U+009B) is `␛[`, OSC (U+009D) `␛]`.
/// - Bidirectional overrides, embeddings, isolates and marks (U+202A–U+202E, U+2066–U+2069,
///   U+200E, U+200F, U+061C) and line/paragraph separators (U+2028, U+2029) as `<U+XXXX>`.
/// - Invalid UTF-8 (only possible in bytes) as U+FFFD `�`.
///
/// So `"\u{1B}[31m"` shows as `␛[31m` and an OSC 52 clipboard write shows as `␛]52;c;…␇`.
/// `sanitize` makes every one of them visible, newlines included (a value
/// that must stay on its line: a file name, an id, a log event); `printable`
/// keeps the newlines and tabs of a text the program itself lays out.
public enum TextSanitizer {
    /// `text` with every unsafe character made visible.
    public static func sanitize(_ text: String) -> String {
        replacing(text) { _ in false }
    }

    /// `text` with every unsafe character made visible except line feeds and
    /// tabs, which stay as they are: for whole lines or messages laid out by
    /// the program. Values inside them that must not start a line of their
    /// own are sanitised with `sanitize(_:)` first.
    public static func printable(_ text: String) -> String {
        replacing(text) { $0 == "\n" || $0 == "\t" }
    }

    /// Bytes decoded as UTF-8 (invalid sequences become U+FFFD), then sanitised.
    public static func sanitize<Bytes: Collection>(bytes: Bytes) -> String where Bytes.Element == UInt8 {
        sanitize(String(decoding: bytes, as: UTF8.self))
    }

    /// Bytes decoded as UTF-8 (invalid sequences become U+FFFD), then made printable.
    public static func printable<Bytes: Collection>(bytes: Bytes) -> String where Bytes.Element == UInt8 {
        printable(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether `text` holds nothing a terminal could act on, newlines and tabs aside.
    public static func isPrintable(_ text: String) -> Bool {
        !text.unicodeScalars.contains { isUnsafe($0) && $0 != "\n" && $0 != "\t" }
    }

    /// Whether a terminal could act on this scalar (it is shown, not sent).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v <= 0x9F) { return true }
        if v < 0x61C { return false }
        return v == 0x61C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029
    }

    /// The visible replacement for an unsafe scalar; nil when the scalar is safe.
    public static func visibleForm(of scalar: Unicode.Scalar) -> String? {
        guard isUnsafe(scalar) else { return nil }
        let v = scalar.value
        switch v {
        case 0x00..<0x20:
            return String(Character(Unicode.Scalar(0x2400 + v) ?? "?"))
        case 0x7F:
            return "␡"
        case 0x80...0x9F:
            return "␛" + String(Character(Unicode.Scalar(v - 0x40) ?? "?"))
        default:
            return "<U+" + hex4(v) + ">"
        }
    }

    static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func replacing(_ text: String, keeping kept: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !kept($0) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if !kept(scalar), let shown = visibleForm(of: scalar) {
                out += shown
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
