/// The target hash of an OpenAttestation v2 document, computed from its
/// `data` and `privacy.obfuscatedData` as OpenAttestation computes it:
/// every leaf of `data` by its dot path (array indices are segments), each
/// hashed as the one-member object `{"path":value}` that `JSON.stringify`
/// writes, the obfuscated hashes added, all sorted, and the JSON array of
/// them hashed. Keccak-256 throughout, lower-case hex.
public enum OpenAttestationDigest {
    /// Why `data` cannot be digested.
    public enum Problem: Error, Sendable, Equatable {
        /// A key holds a "." (which would make two paths the same).
        case keyWithDot(key: String)
    }

    /// Every leaf of `data` with its path: `name`, `issuers.0.name`. Empty
    /// objects and arrays are leaves, as in OpenAttestation's flattening.
    public static func leaves(of data: JSONObject) throws(Problem) -> [(path: String, value: JSONValue)] {
        var leaves: [(path: String, value: JSONValue)] = []
        try collect(.object(data), prefix: "", into: &leaves)
        return leaves
    }

    private static func collect(_ value: JSONValue, prefix: String,
                                into leaves: inout [(path: String, value: JSONValue)]) throws(Problem) {
        // A key joins its parent's path with "." unless the parent's path is empty (as flatley does).
        func path(_ key: String) -> String { prefix.isEmpty ? key : prefix + "." + key }
        switch value {
        case .object(let object):
            for member in object.members {
                if member.key.utf8.contains(UInt8(ascii: ".")) { throw .keyWithDot(key: member.key) }
                if member.value.hasMembers {
                    try collect(member.value, prefix: path(member.key), into: &leaves)
                } else {
                    leaves.append((path(member.key), member.value))
                }
            }
        case .array(let elements):
            for (i, element) in elements.enumerated() {
                if element.hasMembers {
                    try collect(element, prefix: path(String(i)), into: &leaves)
                } else {
                    leaves.append((path(String(i)), element))
                }
            }
        default:
            return
        }
    }

    /// Keccak-256 of `{"path":value}` as `JSON.stringify` writes it.
    public static func leafHash(path: String, value: JSONValue) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        JavaScriptJSON.appendString(path, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        JavaScriptJSON.append(value, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        return Keccak256.hex(bytes)
    }

    /// The hashes of every leaf of `data`, in the order of the leaves.
    public static func leafHashes(of data: JSONObject) throws(Problem) -> [String] {
        try leaves(of: data).map { leafHash(path: $0.path, value: $0.value) }
    }

    /// The target hash of a document with `data` and these obfuscated hashes.
    public static func targetHash(data: JSONObject, obfuscated: [String] = []) throws(Problem) -> String {
        let hashes = (obfuscated + (try leafHashes(of: data)))
            // JavaScript compares strings by UTF-16 code units.
            .sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        return Keccak256.hex(JavaScriptJSON.stringify(.array(hashes.map(JSONValue.string))))
    }
}

extension JSONValue {
    /// An object or array with at least one member: flattening goes into it.
    var hasMembers: Bool {
        switch self {
        case .object(let object): !object.isEmpty
        case .array(let elements): !elements.isEmpty
        default: false
        }
    }
}
