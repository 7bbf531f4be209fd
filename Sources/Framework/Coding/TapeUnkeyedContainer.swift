/// The unkeyed container of a ``TapeDecoder``, over an array's elements in order.
struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    let state: TapeDecodingState
    let link: CodingPathLink?
    var codingPath: [any CodingKey] { link?.path ?? [] }
    let count: Int?
    private(set) var currentIndex = 0
    /// The node of the element at `currentIndex`.
    private var child: Int

    init(state: TapeDecodingState, node: Int, link: CodingPathLink?) {
        self.state = state
        self.link = link
        count = state.tape.nodes[node].payload
        child = node + 1
    }

    var isAtEnd: Bool { currentIndex >= count ?? 0 }

    private mutating func next() throws -> TapeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "The array has no more elements."))
        }
        let decoder = TapeDecoder(state: state, node: child, link: CodingPathLink(parent: link, key: IndexKey(currentIndex)))
        child = state.tape.end(of: child)
        currentIndex += 1
        return decoder
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, state.tape.nodes[child].kind == .null else { return false }
        _ = try next()
        return true
    }

    /// The next element that decodes: one that does not is noted and skipped, so every element is checked.
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        while true {
            let element = try next()
            do {
                return try element.decode(type)
            } catch {
                state.note(error, at: element.node)
                if isAtEnd { throw AlreadyNoted() }
            }
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
    }
}
