/// The keyed container of a ``TapeDecoder``, over an object's members. Each key asked for (by `decode`,
/// `decodeIfPresent`, `decodeNil`, `contains`, a nested container or `superDecoder`) is noted, so the members
/// never asked for can be reported as unknown; a key given twice reads as its last value.
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// Everything the container holds, in one object, so that copying the container (which the standard
    /// library's boxes do for every key) retains one reference rather than five.
    private final class Storage {
        let state: TapeDecodingState
        let node: Int
        let link: CodingPathLink?
        let members: [(key: Int, value: Int)]
        /// For a large object, the positions in `members` of each key.
        let positions: [String: [Int]]?

        init(state: TapeDecodingState, node: Int, link: CodingPathLink?) {
            self.state = state
            self.node = node
            self.link = link
            members = state.tape.members(of: node)
            if members.count > 24 {
                var positions: [String: [Int]] = [:]
                for (position, member) in members.enumerated() { positions[state.tape.string(member.key), default: []].append(position) }
                self.positions = positions
            } else {
                positions = nil
            }
        }
    }

    private let storage: Storage
    var state: TapeDecodingState { storage.state }
    var node: Int { storage.node }
    var codingPath: [any CodingKey] { storage.link?.path ?? [] }
    private var members: [(key: Int, value: Int)] { storage.members }
    private var positions: [String: [Int]]? { storage.positions }

    init(state: TapeDecodingState, node: Int, link: CodingPathLink?) {
        storage = Storage(state: state, node: node, link: link)
    }

    var allKeys: [Key] {
        var seen: Set<String> = []
        return members.compactMap { member in
            let name = state.tape.string(member.key)
            return seen.insert(name).inserted ? Key(stringValue: name) : nil
        }
    }

    /// The value node of `name` (its last member), noting that it was asked for.
    private func lookup(_ name: String) -> Int? {
        state.ask(name, in: node)
        var found: Int?
        if let positions {
            for position in positions[name] ?? [] {
                state.askedKeyNodes[members[position].key] = true
                found = members[position].value
            }
        } else {
            let tape = state.tape
            for member in members where tape.strings[tape.nodes[member.key].payload] == name {
                state.askedKeyNodes[member.key] = true
                found = member.value
            }
        }
        return found
    }

    private func decoder(_ value: Int, _ key: any CodingKey) -> TapeDecoder {
        TapeDecoder(state: state, node: value, link: CodingPathLink(parent: storage.link, key: key))
    }

    private func missing(_ key: Key) -> DecodingError {
        .keyNotFound(key, .init(codingPath: codingPath, debugDescription: "The required key \"\(key.stringValue)\" is missing."))
    }

    func contains(_ key: Key) -> Bool { lookup(key.stringValue) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let value = lookup(key.stringValue) else { return true }
        return state.tape.nodes[value].kind == .null
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let value = lookup(key.stringValue)
        if value == nil || state.tape.nodes[value!].kind == .null, let defaulted = T.self as? any DefaultWhenMissing.Type {
            return defaulted.valueWhenMissing as! T
        }
        guard let value else {
            // A missing string, number or choice is noted at the object, and the object's other keys still checked.
            guard let standIn = StandIn.value(T.self) else { throw missing(key) }
            state.note(missing(key), at: node)
            return standIn
        }
        guard let defaulted = T.self as? any DefaultWhenMissing.Type else { return try decoder(value, key).decode(type) }
        // An array that cannot be decoded is noted and read as empty, so the rest of the object is still checked.
        do {
            return try decoder(value, key).decode(type)
        } catch {
            state.note(error, at: value)
            return defaulted.valueWhenMissing as! T
        }
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try optional(type, key) }

    // The standard library's defaults for these look the key up three times.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try optional(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try optional(type, key) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try optional(type, key) }

    private func optional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        guard let value = lookup(key.stringValue), state.tape.nodes[value].kind != .null else { return nil }
        // An optional value that cannot be decoded is noted and read as absent, so the rest is still checked.
        do {
            return try decoder(value, key).decode(type)
        } catch {
            state.note(error, at: value)
            return nil
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        guard let value = lookup(key.stringValue) else { throw missing(key) }
        return try decoder(value, key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        guard let value = lookup(key.stringValue) else { throw missing(key) }
        return try decoder(value, key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        decoder(lookup("super") ?? state.tape.absent, StringCodingKey("super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        decoder(lookup(key.stringValue) ?? state.tape.absent, key)
    }
}
