/// Finds the nodes of many paths in one ``JSONTape``, each in steps as many as the path has.
///
/// ``JSONTape/follow(_:)`` steps over an array's earlier elements, or reads every member of an object, at each
/// step, so placing every element of a wide array is quadratic. The locator lists a wide container's members
/// once, the first time a path passes through it, and looks them up after that.
final class TapeLocator {
    let tape: JSONTape
    /// For each wide array passed through, its elements' nodes.
    private var elements: [Int: [Int]] = [:]
    /// For each wide object passed through, each key's value node (the last, when a key is given twice).
    private var members: [Int: [String: Int]] = [:]
    /// Containers up to this many members are searched as ``JSONTape`` does, with nothing kept.
    private let narrow = 16

    init(_ tape: JSONTape) {
        self.tape = tape
    }

    /// The node at `path` (as ``JSONPath`` prints it, `""` for the root), or `nil` when the tape has none there.
    func node(at path: String) -> Int? {
        let (node, complete) = follow(JSONTape.steps(of: path))
        return complete ? node : nil
    }

    /// As ``JSONTape/follow(_:)``: the node reached, or the deepest on the way and whether every step was taken.
    func follow(_ steps: [JSONTape.Step]) -> (node: Int, complete: Bool) {
        tape.follow(steps, member: member(_:of:), element: element(_:of:))
    }

    private func member(_ key: String, of node: Int) -> Int? {
        guard tape.nodes[node].payload > narrow else { return tape.member(key, of: node) }
        if let known = members[node] { return known[key] }
        var known: [String: Int] = [:]
        for member in tape.members(of: node) { known[tape.string(member.key)] = member.value }
        members[node] = known
        return known[key]
    }

    private func element(_ position: Int, of node: Int) -> Int? {
        guard tape.nodes[node].payload > narrow else { return tape.element(position, of: node) }
        guard position >= 0, position < tape.nodes[node].payload else { return nil }
        if let known = elements[node] { return known[position] }
        var known: [Int] = []
        known.reserveCapacity(tape.nodes[node].payload)
        var child = node + 1
        while child < tape.nodes[node].end {
            known.append(child)
            child = tape.nodes[child].end
        }
        elements[node] = known
        return known[position]
    }
}
