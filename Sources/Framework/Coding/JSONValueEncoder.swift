/// Encodes any `Encodable` value into a ``JSONValue`` with object members sorted by key, so the same value always
/// prints the same bytes.
///
/// ```swift
/// let text = JSONWriter.write(try JSONValueEncoder().encode(pack))
/// ```
public struct JSONValueEncoder {
    /// Creates an encoder.
    public init() {}

    /// Encodes `value`; non-finite numbers are an error, as JSON cannot hold them.
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let box = EncodingBox()
        try encodeValue(value, into: box, codingPath: [])
        return box.jsonValue
    }
}

/// A node of the value being encoded. Members and elements are stored properties, so adding one changes the node
/// in place rather than copying what it holds.
final class EncodingBox {
    enum Kind {
        case empty, value, object, array
    }

    var kind = Kind.empty
    var value = JSONValue.null
    var members: [String: EncodingBox] = [:]
    var elements: [EncodingBox] = []

    func set(_ value: JSONValue) {
        kind = .value
        self.value = value
    }

    var jsonValue: JSONValue {
        switch kind {
        case .empty: return .object(JSONObject())
        case .value: return value
        case .object: return .object(JSONObject(members.keys.sorted().map { ($0, members[$0]!.jsonValue) }))
        case .array: return .array(elements.map(\.jsonValue))
        }
    }
}

func encodeValue<T: Encodable>(_ value: T, into box: EncodingBox, codingPath: [any CodingKey]) throws {
    switch value {
    case let text as String: box.set(.string(text))
    case let flag as Bool: box.set(.bool(flag))
    case let number as Double: box.set(.number(try finite(number, codingPath)))
    case let number as Float: box.set(.number(try finite(Double(number), codingPath)))
    case let number as Int: box.set(.number(Double(number)))
    default: try value.encode(to: BoxEncoder(box: box, codingPath: codingPath))
    }
}

private func finite(_ number: Double, _ codingPath: [any CodingKey]) throws -> Double {
    guard number.isFinite else {
        throw EncodingError.invalidValue(number, EncodingError.Context(codingPath: codingPath, debugDescription: "JSON cannot hold \(number)."))
    }
    return number
}

private struct BoxEncoder: Encoder {
    let box: EncodingBox
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if box.kind != .object {
            box.kind = .object
            box.members = [:]
        }
        return KeyedEncodingContainer(KeyedBoxContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if box.kind != .array {
            box.kind = .array
            box.elements = []
        }
        return UnkeyedBoxContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleBoxContainer(box: box, codingPath: codingPath)
    }
}

private struct KeyedBoxContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: EncodingBox
    let codingPath: [any CodingKey]

    private func child(_ key: Key) -> EncodingBox {
        let child = EncodingBox()
        if box.kind == .object { box.members[key.stringValue] = child }
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).set(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeValue(value, into: child(key), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        BoxEncoder(box: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        BoxEncoder(box: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        BoxEncoder(box: child(Key(stringValue: "super")!), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        BoxEncoder(box: child(key), codingPath: codingPath + [key])
    }
}

private struct UnkeyedBoxContainer: UnkeyedEncodingContainer {
    let box: EncodingBox
    let codingPath: [any CodingKey]

    var count: Int { box.kind == .array ? box.elements.count : 0 }

    private func next() -> EncodingBox {
        let child = EncodingBox()
        if box.kind == .array { box.elements.append(child) }
        return child
    }

    mutating func encodeNil() throws { next().set(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = codingPath + [IndexKey(count)]
        try encodeValue(value, into: next(), codingPath: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = codingPath + [IndexKey(count)]
        return BoxEncoder(box: next(), codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = codingPath + [IndexKey(count)]
        return BoxEncoder(box: next(), codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let path = codingPath + [IndexKey(count)]
        return BoxEncoder(box: next(), codingPath: path)
    }
}

private struct SingleBoxContainer: SingleValueEncodingContainer {
    let box: EncodingBox
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.set(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: box, codingPath: codingPath)
    }
}

/// An array index as a coding key.
struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}
