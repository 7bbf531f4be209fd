/// What ``PackDecoder`` noticed while decoding, for validation: keys the decoded type never asked for, keys given
/// twice, the strings read (every one, or those the decoder was told to note), and where each value starts.
///
/// It keeps the decoded file's tape, so ``offset(of:)`` and ``allowedKeys(at:)`` answer without reading the
/// file again.
public struct DecodingReport: Sendable {
    /// Keys present in an object that the decoded type never asked for (by `decode`, `decodeIfPresent`,
    /// `decodeNil`, `contains`, a nested container or `superDecoder`), in file order, each with the offset of its
    /// value. Only the outermost unknown key is noted: nothing under it was read.
    public var unknownKeys: [KeyNote]
    /// Keys given a second (or later) time in one object, in file order, each with the offset of that key.
    /// Decoding uses the last value given.
    public var duplicateKeys: [KeyNote]
    /// The strings decoded that the decoder noted (all of them unless ``PackDecoder/noting`` picks some), in the
    /// order decoded, with their path and key: the object member's key, or for an element of an array, the array's.
    public var strings: [FlaggedText]

    let tape: JSONTape
    /// For each object a keyed container was opened on, the keys asked for there.
    let askLog: [(node: Int, key: String)]

    init(tape: JSONTape, unknownKeys: [KeyNote], duplicateKeys: [KeyNote], strings: [FlaggedText], askLog: [(node: Int, key: String)]) {
        self.tape = tape
        self.unknownKeys = unknownKeys
        self.duplicateKeys = duplicateKeys
        self.strings = strings
        self.askLog = askLog
    }

    /// The byte offset where the value at `path` starts (a path as ``JSONPath`` prints it, `""` for the whole
    /// file), or `nil` when the file has no value there. A key given twice leads to its last value.
    public func offset(of path: String) -> Int? {
        offsets(of: [path])[0]
    }

    /// ``offset(of:)`` for each path, in the order given: each wide array or object on the way is listed once,
    /// so placing every finding of a file costs in proportion to the file and the findings, not their product.
    public func offsets(of paths: [String]) -> [Int?] {
        let locator = TapeLocator(tape)
        return paths.map { path in locator.node(at: path).map { tape.nodes[$0].offset } }
    }

    /// The keys the decoder asked for in the object at `path`, sorted: the keys allowed there, for "did you mean"
    /// suggestions. Empty when no object there was decoded.
    public func allowedKeys(at path: String) -> [String] {
        allowedKeys(at: [path])[0]
    }

    /// ``allowedKeys(at:)`` for each path, in the order given, reading the log of keys asked for once.
    public func allowedKeys(at paths: [String]) -> [[String]] {
        let locator = TapeLocator(tape)
        let nodes = paths.map { locator.node(at: $0) }
        let wanted = Set(nodes.compactMap { $0 })
        var asked: [Int: Set<String>] = [:]
        for (node, key) in askLog where wanted.contains(node) { asked[node, default: []].insert(key) }
        var sorted: [Int: [String]] = [:]
        return nodes.map { node in
            guard let node else { return [] }
            if let known = sorted[node] { return known }
            let keys = (asked[node] ?? []).sorted()
            sorted[node] = keys
            return keys
        }
    }
}
