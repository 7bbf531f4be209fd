extension JSONTape {
    /// The paths of many nodes, as ``path(to:)`` prints each, in the order given.
    ///
    /// One walk down the tape, in document order, steps only into the containers that hold a node asked for, and
    /// lists each container's members once however many of those nodes it holds; ``path(to:)`` would list them
    /// again for every node, which for a wide array or object is quadratic.
    func paths(to targets: [Int]) -> [String] {
        let order = targets.indices.sorted { targets[$0] < targets[$1] }
        var paths = [String](repeating: "", count: targets.count)
        var next = 0
        /// The node asked for next, if any.
        func pending() -> Int? { next < order.count ? targets[order[next]] : nil }
        func settle(_ node: Int, _ path: String) {
            while pending() == node {
                paths[order[next]] = path
                next += 1
            }
        }
        func walk(_ node: Int, _ path: String) {
            settle(node, path)
            let kind = nodes[node].kind
            guard kind == .object || kind == .array else { return }
            let end = nodes[node].end
            var child = node + 1, position = 0
            while child < end, let target = pending(), target < end {
                if kind == .object {
                    let value = child + 1, after = nodes[value].end
                    if target < after {
                        let key = strings[nodes[child].payload]
                        let memberPath = path.isEmpty ? key : path + "." + key
                        settle(child, memberPath)
                        if let inside = pending(), inside >= value, inside < after { walk(value, memberPath) }
                    }
                    child = after
                } else {
                    let after = nodes[child].end
                    if target < after { walk(child, "\(path)[\(position)]") }
                    child = after
                    position += 1
                }
                // A node asked for that no member holds (outside the tree) is left to `path(to:)`.
                if let target = pending(), target < child, target != node { break }
            }
        }
        if !nodes.isEmpty { walk(0, "") }
        while next < order.count {
            paths[order[next]] = path(to: targets[order[next]])
            next += 1
        }
        return paths
    }
}
