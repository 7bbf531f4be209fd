/// One case of a ``SingleKeyUnion``: its JSON key, its payload's type, and how to wrap and unwrap the payload.
///
/// ```swift
/// UnionCase("section", Entry.section) { if case .section(let value) = $0 { value } else { nil } }
/// ```
public struct UnionCase<Union>: Sendable {
    /// The key naming the case in JSON.
    public let key: String
    /// The payload's type.
    public var payloadType: any Codable.Type { payload() }

    let payload: @Sendable () -> any Codable.Type
    let decode: @Sendable (KeyedDecodingContainer<StringCodingKey>, StringCodingKey) throws -> Union
    /// Encodes the payload when the value is this case; `false` when it is not.
    let encode: @Sendable (Union, inout KeyedEncodingContainer<StringCodingKey>) throws -> Bool
    /// Wraps a payload made by the schema generator's probe.
    let wrap: @Sendable (Any) -> Union?

    /// A case keyed `key` whose payload `Payload` is wrapped by `embed` (usually the enum case itself) and
    /// unwrapped by `extract`, which returns `nil` for the other cases.
    public init<Payload: Codable & SendableMetatype>(
        _ key: String,
        _ embed: @escaping @Sendable (Payload) -> Union,
        extract: @escaping @Sendable (Union) -> Payload?
    ) {
        self.key = key
        payload = { Payload.self }
        decode = { container, key in embed(try container.decode(Payload.self, forKey: key)) }
        encode = { value, container in
            guard let payload = extract(value) else { return false }
            try container.encode(payload, forKey: StringCodingKey(key))
            return true
        }
        wrap = { ($0 as? Payload).map(embed) }
    }
}
