/// A `Decoder` over one value of a ``JSONTape``: the decoder ``PackDecoder`` hands to `init(from:)`.
struct TapeDecoder: Decoder {
    let state: TapeDecodingState
    let node: Int
    let link: CodingPathLink?
    var codingPath: [any CodingKey] { link?.path ?? [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(state: TapeDecodingState, node: Int, link: CodingPathLink?) {
        self.state = state
        self.node = node
        self.link = link
    }

    init(state: TapeDecodingState, node: Int, codingPath: [any CodingKey]) {
        self.init(state: state, node: node, link: CodingPathLink.make(codingPath))
    }

    var kind: JSONTape.Kind { state.tape.nodes[node].kind }

    /// "a string", "an object", ... for messages.
    var found: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string, .key: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    func mismatch(_ type: Any.Type, _ expected: String) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "Expected \(expected), found \(found)."))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard kind == .object else { throw mismatch([String: Any].self, "an object") }
        state.opened(node)
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(state: state, node: node, link: link))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard kind == .array else { throw mismatch([Any].self, "an array") }
        return TapeUnkeyedContainer(state: state, node: node, link: link)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TapeSingleValueContainer(decoder: self)
    }

    /// Decodes a `T` from this value: strings, numbers and booleans directly, anything else by its `init(from:)`.
    /// A string, number, boolean or fixed-choice value that cannot be read is noted and read as a ``StandIn``,
    /// so decoding goes on to find the next error.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try decodeValue(type)
        } catch let error as DecodingError {
            guard let standIn = StandIn.value(T.self) else { throw error }
            state.note(error, at: node)
            return standIn
        }
    }

    private func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        let tape = state.tape
        if T.self == String.self {
            guard kind == .string else { throw mismatch(T.self, "a string") }
            let text = tape.string(node)
            if state.noting?(text) ?? true {
                let path = codingPath
                let key = path.last { $0.intValue == nil }?.stringValue ?? ""
                state.strings.append(FlaggedText(path: JSONPath.string(path), key: key, text: text))
            }
            return text as! T
        }
        if T.self == Int.self { return try integer(Int.self) as! T }
        if T.self == Double.self {
            guard kind == .number else { throw mismatch(T.self, "a number") }
            return tape.number(node) as! T
        }
        if T.self == Bool.self {
            guard kind == .bool else { throw mismatch(T.self, "true or false") }
            return (tape.nodes[node].payload != 0) as! T
        }
        if T.self == Float.self {
            guard kind == .number else { throw mismatch(T.self, "a number") }
            return Float(tape.number(node)) as! T
        }
        if kind == .number, let integerType = T.self as? any FixedWidthInteger.Type {
            return try integer(integerType) as! T
        }
        if kind == .string, let enumType = T.self as? any SchemaEnum.Type {
            let text = state.tape.string(node)
            guard enumType.allows(text) else {
                let allowed = enumType.schemaRawValues
                let hint = NearestKey.nearest(to: text, among: allowed).map { " (did you mean \"\($0)\"?)" } ?? ""
                let list = allowed.map { "\"\($0)\"" }.joined(separator: ", ")
                throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "Expected one of \(list); found \"\(text)\"\(hint)."))
            }
        }
        return try T(from: self)
    }

    /// A whole number that fits `I` (and, for the JSON numbers a `Double` holds exactly, is at most 2^53).
    private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        guard kind == .number else { throw mismatch(I.self, "a whole number") }
        let number = state.tape.number(node)
        guard number == number.rounded(), abs(number) <= 9_007_199_254_740_992 else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "Expected a whole number, found \(JSONWriter.format(number))."))
        }
        guard let value = I(exactly: number) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "Expected a whole number from \(I.min) to \(I.max), found \(JSONWriter.format(number))."))
        }
        return value
    }
}
