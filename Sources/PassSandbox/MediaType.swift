/// Content-Type values compared by their media type exactly: `type/subtype`,
/// case-insensitive, parameters (`; charset=utf-8`) allowed and ignored.
/// `application/jsonx`, `application/json-seq` and a missing header are not
/// `application/json`.
enum MediaType {
    /// The `type/subtype` of `value`, lowercased; nil when there is none.
    static func essence(_ value: String?) -> String? {
        guard let value else { return nil }
        let head = value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let essence = head.trimmingCharacters(in: [" ", "\t"]).lowercased()
        let parts = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isTokenCharacter) }) else { return nil }
        return essence
    }

    /// True when `value` names exactly `type/subtype`.
    static func matches(_ value: String?, _ expected: String) -> Bool {
        essence(value) == expected
    }

    static func isJSON(_ value: String?) -> Bool {
        matches(value, "application/json")
    }

    private static func isTokenCharacter(_ c: Character) -> Bool {
        guard let ascii = c.asciiValue, ascii > 0x20, ascii < 0x7F else { return false }
        return !"()<>@,;:\\\"/[]?={}".contains(c)
    }
}
