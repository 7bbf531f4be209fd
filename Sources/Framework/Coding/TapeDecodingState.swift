/// What one run of ``PackDecoder`` shares among its decoders and containers: the tape, which keys each object
/// was asked for, and the strings noted.
final class TapeDecodingState {
    let tape: JSONTape
    /// For each key node, whether the decoded type asked for its key.
    var askedKeyNodes: [Bool]
    /// For each node, whether a keyed container was opened on it.
    var openedNodes: [Bool]
    /// Every key asked for with the object it was asked of, present or not, in order: appending is cheap, and the
    /// log is read only to suggest keys where one is unknown.
    var askLog: [(node: Int, key: String)] = []
    /// The strings noted, with their paths and keys.
    var strings: [FlaggedText] = []
    /// Which decoded strings to note; `nil` notes every one.
    let noting: (@Sendable (String) -> Bool)?
    /// The errors met and stepped over so far, each with the node being decoded, in the order met: an array
    /// element that cannot be decoded is skipped, and an array or optional value that cannot be decoded reads as
    /// empty or absent, so one run finds every such error (the decoded value is then never used).
    var problems: [(error: any Error, node: Int)] = []

    init(tape: JSONTape, noting: (@Sendable (String) -> Bool)? = nil) {
        self.tape = tape
        self.noting = noting
        askedKeyNodes = Array(repeating: false, count: tape.nodes.count)
        openedNodes = Array(repeating: false, count: tape.nodes.count)
    }

    /// Notes that a keyed container was opened on the object at `node`.
    func opened(_ node: Int) {
        openedNodes[node] = true
    }

    /// Notes an error met while decoding the value at `node`, unless it was noted already where it was met.
    func note(_ error: any Error, at node: Int) {
        guard !(error is AlreadyNoted) else { return }
        problems.append((error, node))
    }

    /// Notes that `key` was asked for in the object at `node`.
    func ask(_ key: String, in node: Int) {
        askLog.append((node, key))
    }

    /// Keys present in an object a keyed container was opened on but never asked for, by path, in file order.
    /// Objects under such a key were never opened, so only the outermost unknown key is noted.
    func unknownKeys() -> [KeyNote] {
        var unasked: [(key: Int, value: Int)] = []
        for node in openedNodes.indices where openedNodes[node] && tape.nodes[node].kind == .object {
            for member in tape.members(of: node) where !askedKeyNodes[member.key] { unasked.append(member) }
        }
        // Paths found in one walk: one by one, each would step over its container's earlier members again.
        return zip(unasked, tape.paths(to: unasked.map(\.key))).map { member, path in
            KeyNote(path: path, offset: tape.nodes[member.value].offset)
        }
    }
}
