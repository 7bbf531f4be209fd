import CorporateParenting

/// Finding and changing the n-th container (array or object) or string of a JSON tree, in document order.
enum JSONTree {
    /// How many containers, or strings, the tree holds.
    static func count(_ value: JSONValue, containers: Bool) -> Int {
        switch value {
        case .array(let elements): return (containers ? 1 : 0) + elements.reduce(0) { $0 + count($1, containers: containers) }
        case .object(let object): return (containers ? 1 : 0) + object.members.reduce(0) { $0 + count($1.value, containers: containers) }
        case .string: return containers ? 0 : 1
        case .null, .bool, .number: return 0
        }
    }

    /// The tree with its `target`-th container (or string) replaced by `change`'s result; `nil` when `change` gives
    /// `nil` or there is no such node.
    static func changing(_ tree: JSONValue, containers: Bool, target: Int, _ change: (JSONValue) -> JSONValue?) -> JSONValue? {
        var remaining = target
        var reached = false
        func visit(_ value: JSONValue) -> JSONValue? {
            let candidate: Bool
            switch value {
            case .array, .object: candidate = containers
            case .string: candidate = !containers
            case .null, .bool, .number: candidate = false
            }
            if candidate {
                if remaining == 0 {
                    reached = true
                    return change(value)
                }
                remaining -= 1
            }
            switch value {
            case .array(var elements):
                for index in elements.indices {
                    if let changed = visit(elements[index]) {
                        elements[index] = changed
                        return .array(elements)
                    }
                    if reached { return nil }
                }
            case .object(var object):
                for index in object.members.indices {
                    if let changed = visit(object.members[index].value) {
                        object.members[index].value = changed
                        return .object(object)
                    }
                    if reached { return nil }
                }
            case .null, .bool, .number, .string:
                break
            }
            return nil
        }
        return visit(tree)
    }
}
