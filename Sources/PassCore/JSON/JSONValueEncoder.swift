/// Encodes `Encodable` values into a `JSONValue`, members in the order the
/// value encodes them (for synthesized conformances: declaration order).
/// `nil` optionals are left out unless encoded explicitly with `encodeNil`.
public struct JSONValueEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let box = ValueBox()
        try value.encode(to: _Encoder(box: box, codingPath: []))
        return box.resolved()
    }
}

private final class ValueBox {
    var value: JSONValue = .null
    var object: JSONObject?
    var array: [ValueBox]?
    var children: [(String, ValueBox)] = []

    func resolved() -> JSONValue {
        if let array { return .array(array.map { $0.resolved() }) }
        if object != nil {
            return .object(JSONObject(children.map { JSONObject.Member($0.0, $0.1.resolved()) }))
        }
        return value
    }

    func child(forKey key: String) -> ValueBox {
        if object == nil { object = JSONObject() }
        if let existing = children.first(where: { $0.0 == key }) { return existing.1 }
        let box = ValueBox()
        children.append((key, box))
        return box
    }

    func appendChild() -> ValueBox {
        if array == nil { array = [] }
        let box = ValueBox()
        array?.append(box)
        return box
    }
}

private struct _Encoder: Encoder {
    let box: ValueBox
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if box.object == nil { box.object = JSONObject() }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if box.array == nil { box.array = [] }
        return UnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(box: box, codingPath: codingPath)
    }
}

private func scalar<T: Encodable>(_ value: T, box: ValueBox, codingPath: [any CodingKey]) throws {
    switch value {
    case let v as String: box.value = .string(v)
    case let v as Bool: box.value = .bool(v)
    case let v as Int: box.value = .number(String(v))
    case let v as Double: box.value = .number(v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v))
    case let v as JSONValue: box.value = v
    default: try value.encode(to: _Encoder(box: box, codingPath: codingPath))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: ValueBox
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { box.child(forKey: key.stringValue).value = .null }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let child = box.child(forKey: key.stringValue)
        try scalar(value, box: child, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = box.child(forKey: key.stringValue)
        child.object = JSONObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = box.child(forKey: key.stringValue)
        child.array = []
        return UnkeyedContainer(box: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { _Encoder(box: box, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        _Encoder(box: box.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: ValueBox
    var codingPath: [any CodingKey]
    var count: Int { box.array?.count ?? 0 }

    mutating func encodeNil() throws { box.appendChild().value = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try scalar(value, box: box.appendChild(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = box.appendChild()
        child.object = JSONObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = box.appendChild()
        child.array = []
        return UnkeyedContainer(box: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { _Encoder(box: box.appendChild(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let box: ValueBox
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.value = .null }
    mutating func encode<T: Encodable>(_ value: T) throws { try scalar(value, box: box, codingPath: codingPath) }
}
