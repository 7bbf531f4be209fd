/// A parsed JSON text as a flat list of nodes in document order, each with the byte offset where it starts.
///
/// An object's node is followed by its members, each a key node then the value's nodes; an array's node by its
/// elements' nodes. A container's `end` is the index just past its last descendant, so a value can be stepped
/// over without reading it. ``JSONTapeBuilder`` makes one; ``PackDecoder`` decodes from it.
struct JSONTape: Sendable {
    enum Kind: UInt8, Sendable {
        case null, bool, number, string, array, object, key
    }

    struct Node: Sendable {
        var kind: Kind
        /// Where the value (or key) starts in the bytes.
        var offset: Int
        /// A string's or key's index in `strings`, a number's bit pattern, a boolean's 0 or 1, a container's count.
        var payload: Int
        /// For a container, the index just past its last descendant; otherwise the next index.
        var end: Int
    }

    var nodes: [Node] = []
    var strings: [String] = []

    /// A `null` node outside the tree, which absent values are decoded from.
    var absent: Int { nodes.count - 1 }

    func end(of index: Int) -> Int { nodes[index].end }

    func string(_ index: Int) -> String { strings[nodes[index].payload] }

    func number(_ index: Int) -> Double { Double(bitPattern: UInt64(UInt(bitPattern: nodes[index].payload))) }

    /// The members of the object at `index`: each key's node index, and its value's.
    func members(of index: Int) -> [(key: Int, value: Int)] {
        var members: [(key: Int, value: Int)] = []
        members.reserveCapacity(nodes[index].payload)
        var child = index + 1
        while child < nodes[index].end {
            members.append((child, child + 1))
            child = nodes[child + 1].end
        }
        return members
    }

    /// The value of the member `key` of the object at `index` (the last, when the key is given twice).
    func member(_ key: String, of index: Int) -> Int? {
        var found: Int?
        var child = index + 1
        while child < nodes[index].end {
            if strings[nodes[child].payload] == key { found = child + 1 }
            child = nodes[child + 1].end
        }
        return found
    }

    /// The element at `position` of the array at `index`.
    func element(_ position: Int, of index: Int) -> Int? {
        guard position >= 0, position < nodes[index].payload else { return nil }
        var child = index + 1
        for _ in 0..<position { child = nodes[child].end }
        return child
    }

    /// A step of a path: a member's key or an element's position.
    enum Step {
        case key(String)
        case index(Int)
    }

    /// The node reached by following `steps` from the root, or the deepest node on the way and whether all were
    /// followed. Keys step into objects, positions into arrays; an integer key also steps into an object.
    func follow(_ steps: [Step]) -> (node: Int, complete: Bool) {
        follow(steps, member: member(_:of:), element: element(_:of:))
    }

    /// As ``follow(_:)``, looking members and elements up with the functions given (such as a ``TapeLocator``'s,
    /// which index wide containers once).
    func follow(
        _ steps: [Step], member: (String, Int) -> Int?, element: (Int, Int) -> Int?
    ) -> (node: Int, complete: Bool) {
        guard !nodes.isEmpty else { return (0, false) }
        var node = 0
        for step in steps {
            let next: Int?
            switch (nodes[node].kind, step) {
            case (.object, .key(let key)): next = member(key, node)
            case (.object, .index(let position)): next = member(String(position), node)
            case (.array, .index(let position)): next = element(position, node)
            default: next = nil
            }
            guard let next else { return (node, false) }
            node = next
        }
        return (node, true)
    }

    /// The steps of a path printed by ``JSONPath``: `sections[2].content[0].action`.
    static func steps(of path: String) -> [Step] {
        var steps: [Step] = []
        var key = "", inIndex = false, index = ""
        for character in path {
            if inIndex {
                if character == "]" {
                    steps.append(.index(Int(index) ?? -1))
                    inIndex = false
                    index = ""
                } else {
                    index.append(character)
                }
            } else if character == "." || character == "[" {
                if !key.isEmpty { steps.append(.key(key)) }
                key = ""
                inIndex = character == "["
            } else {
                key.append(character)
            }
        }
        if !key.isEmpty { steps.append(.key(key)) }
        return steps
    }

    /// The steps of a coding path.
    static func steps(of codingPath: [any CodingKey]) -> [Step] {
        codingPath.map { key in key.intValue.map(Step.index) ?? .key(key.stringValue) }
    }

    /// The path of the node at `target` as ``JSONPath`` prints it; for a key node, the path of its member.
    func path(to target: Int) -> String {
        var text = ""
        var node = 0
        while node != target, node < nodes.count, nodes[node].kind == .object || nodes[node].kind == .array {
            var child = node + 1, position = 0
            var found = false
            while child < nodes[node].end {
                if nodes[node].kind == .object {
                    let value = child + 1
                    if target == child || (target >= value && target < nodes[value].end) {
                        text += (text.isEmpty ? "" : ".") + strings[nodes[child].payload]
                        node = target == child ? target : value
                        found = true
                        break
                    }
                    child = nodes[value].end
                } else {
                    if target >= child && target < nodes[child].end {
                        text += "[\(position)]"
                        node = child
                        found = true
                        break
                    }
                    child = nodes[child].end
                    position += 1
                }
            }
            if !found { break }
        }
        return text
    }
}
