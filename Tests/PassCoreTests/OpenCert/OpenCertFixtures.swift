import Foundation
import Testing
@testable import PassCore

/// The wrapped OpenCerts of Fixtures/opencert, written by its
/// make-fixtures.py (an independent OpenAttestation wrapper in Python), and
/// ways to change them.
enum OpenCertFixtures {
    /// john-doe-wrapped: John Doe's "Skill Test #2", one of a batch of three (a proof of two hashes).
    static func text(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/opencert"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func value(_ name: String) throws -> JSONValue { try JSONParser.parse(try text(name)) }

    /// The single request of the seeds with `document` as its OpenCert.
    static func single(document: String, fullName: String = "John Doe") throws -> JSONValue {
        var value = try Bases.value(.microcredential)
        _ = value.set("open_cert", at: JSONPath.root.appending("document_type"))
        let data = JSONPath.root.appending("data")
        _ = value.set(.string(document), at: data.appending("document"))
        _ = value.set(.string(fullName), at: data.appending("credential").appending("full_name"))
        return value
    }

    /// The path of every leaf under `$.data`.
    static func leafPaths(of document: JSONValue) -> [JSONPath] {
        var paths: [JSONPath] = []
        func walk(_ value: JSONValue, _ path: JSONPath) {
            switch value {
            case .object(let object) where !object.isEmpty:
                for member in object.members { walk(member.value, path.appending(member.key)) }
            case .array(let elements) where !elements.isEmpty:
                for (i, element) in elements.enumerated() { walk(element, path.appending(i)) }
            default:
                paths.append(path)
            }
        }
        if let data = document["data"] { walk(data, JSONPath.root.appending("data")) }
        return paths
    }

    static func changing(_ document: JSONValue, at path: JSONPath, to value: JSONValue?) -> JSONValue {
        var copy = document
        _ = copy.set(value, at: path)
        return copy
    }
}
