/// What one run of ``PackDecoder`` shares among its decoders and containers: the tape, which keys each object
/// was asked for, and the strings read.
final class TapeDecodingState {
    let tape: JSONTape
    /// For each key node, whether the decoded type asked for its key.
    var askedKeyNodes: [Bool]
    /// For each object a keyed container was opened on, the keys asked for there, present or not.
    var askedKeys: [Int: Set<String>] = [:]
    /// Every string decoded, with its path and key.
    var strings: [FlaggedText] = []

    init(tape: JSONTape) {
        self.tape = tape
        askedKeyNodes = Array(repeating: false, count: tape.nodes.count)
    }

    /// Notes that a keyed container was opened on the object at `node`.
    func opened(_ node: Int) {
        if askedKeys[node] == nil { askedKeys[node] = [] }
    }

    /// Notes that `key` was asked for in the object at `node`.
    func ask(_ key: String, in node: Int) {
        askedKeys[node, default: []].insert(key)
    }

    /// Keys present in an object a keyed container was opened on but never asked for, by path, in file order.
    /// Objects under such a key were never opened, so only the outermost unknown key is noted.
    func unknownKeys() -> [KeyNote] {
        var notes: [KeyNote] = []
        for node in askedKeys.keys.sorted() where tape.nodes[node].kind == .object {
            for member in tape.members(of: node) where !askedKeyNodes[member.key] {
                notes.append(KeyNote(path: tape.path(to: member.key), offset: tape.nodes[member.value].offset))
            }
        }
        return notes
    }
}
