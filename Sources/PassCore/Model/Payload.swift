/// A request body of the partner API as Swift values. Decoding goes through
/// the schema check, so unknown keys and wrong types are refused with their
/// paths; encoding goes through the canonical serializer.
public protocol Payload: Codable, Sendable, Equatable {
    static var kind: PayloadKind { get }
}

/// A payload's JSON did not fit its type: the findings say where and why.
public struct PayloadDecodingError: Error, Sendable, CustomStringConvertible {
    public var findings: [Finding]
    public var description: String { findings.map(\.description).joined(separator: "\n") }
}

extension Payload {
    /// Decodes `value`, refusing unknown keys, missing required members and
    /// values of the wrong JSON type. Other rules (dates, uniqueness…) are
    /// the validator's; decoding does not run them.
    public init(json value: JSONValue, schemas: PayloadSchemas = .standard) throws(PayloadDecodingError) {
        let validator = Validator(schemas: schemas)
        let blocking: Set<RuleID> = [.unknownKey, .type, .required]
        let findings = validator.validate(value, as: Self.kind).filter { blocking.contains($0.rule) && $0.isError }
        guard findings.isEmpty else { throw PayloadDecodingError(findings: findings) }
        do {
            self = try JSONValueDecoder().decode(Self.self, from: value)
        } catch let error as JSONDecodingError {
            throw PayloadDecodingError(findings: [Finding(.error, .type, at: error.path, error.reason)])
        } catch {
            throw PayloadDecodingError(findings: [Finding(.error, .type, at: .root, "\(error)")])
        }
    }

    /// Parses and decodes a body.
    public init(bytes: [UInt8]) throws(PayloadDecodingError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw PayloadDecodingError(findings: [Finding(.error, .type, at: .root, "not JSON: \(error)")])
        }
        try self.init(json: value)
    }

    /// The canonical JSON value of this payload.
    public func json(schemas: PayloadSchemas = .standard) -> JSONValue {
        let raw = (try? JSONValueEncoder().encode(self)) ?? .null
        return CanonicalJSON(schemas: schemas).normalized(raw, as: Self.kind)
    }

    /// The exact bytes sent for this payload.
    public func body(schemas: PayloadSchemas = .standard) -> [UInt8] {
        JSONWriter.bytes(json(schemas: schemas))
    }
}
