/// Rebuilds a document's outline from version 1 `source` paths ("Priorities › Being Heard › We will") and places
/// version 2 entries in it, in the order they are added.
struct OutlineBuilder {
    /// A section being built: its heading, id and content (entries and sub-sections) in order.
    final class Node {
        enum Content {
            case entry(JSONValue)
            case child(Node)
        }

        let heading: String
        let id: String
        var content: [Content] = []

        init(heading: String, id: String) {
            self.heading = heading
            self.id = id
        }

        func child(_ heading: String, ids: inout SlugSet) -> Node {
            for case .child(let node) in content where node.heading == heading { return node }
            let node = Node(heading: heading, id: ids.unique(heading))
            content.append(.child(node))
            return node
        }

        var json: JSONValue {
            var object = JSONObject()
            object["id"] = .string(id)
            object["heading"] = .string(heading)
            object["content"] = .array(Node.json(content))
            return .object(object)
        }

        static func json(_ content: [Content]) -> [JSONValue] {
            content.map { part in
                switch part {
                case .entry(let entry): entry
                case .child(let node): .object(JSONObject([("section", node.json)]))
                }
            }
        }
    }

    private let root = Node(heading: "", id: "")
    var ids = SlugSet()
    /// Sub-sections made inside items (a priority's "We will"), by their full version 1 source path, so that an
    /// excerpt from one finds it.
    var itemNodes: [String: Node] = [:]

    /// The headings of a version 1 source path; an empty path is the section for content with no source.
    static func headings(_ source: String?) -> [String] {
        let parts = (source ?? "").headingPath.filter { !$0.isEmpty }
        return parts.isEmpty ? ["(section not recorded)"] : parts
    }

    /// The section at `source`, created (with its ancestors) if it is new.
    mutating func node(_ source: String?) -> Node {
        if let source, let made = itemNodes[source] { return made }
        var node = root
        for heading in Self.headings(source) { node = node.child(heading, ids: &ids) }
        return node
    }

    /// Adds `entry` (a one-key entry object) to the section at `source`.
    mutating func add(_ entry: JSONValue, at source: String?) {
        node(source).content.append(.entry(entry))
    }

    /// The top-level sections, as JSON.
    func sections() -> [JSONValue] {
        root.content.compactMap { part in
            if case .child(let node) = part { return node.json }
            return nil
        }
    }
}

/// Ids made from headings, unique among those made so far.
struct SlugSet {
    private var taken: Set<String> = []

    mutating func unique(_ heading: String) -> String {
        let base = SectionIDs.slug(heading)
        var candidate = base, n = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        taken.insert(candidate)
        return candidate
    }
}

/// The content of one version 1 item (priority, objective, pledge), with things whose source goes deeper than
/// the item's own placed in sub-sections inside it.
struct ItemContent {
    let source: String
    var parts: [OutlineBuilder.Node.Content] = []
    private var nodes: [String: OutlineBuilder.Node] = [:]

    init(source: String) {
        self.source = source
    }

    mutating func add(_ entry: JSONValue, at childSource: String?, in builder: inout OutlineBuilder) {
        let child = childSource ?? ""
        guard !source.isEmpty, child.hasPrefix(source + " › ") else {
            parts.append(.entry(entry))
            return
        }
        let headings = String(child.dropFirst(source.count + 3)).headingPath
        var key = "", node: OutlineBuilder.Node?
        for heading in headings {
            key += " › " + heading
            if let existing = nodes[key] {
                node = existing
                continue
            }
            let made = OutlineBuilder.Node(heading: heading, id: builder.ids.unique(heading))
            builder.itemNodes[source + key] = made
            if let node { node.content.append(.child(made)) } else { parts.append(.child(made)) }
            nodes[key] = made
            node = made
        }
        node?.content.append(.entry(entry))
    }

    var json: [JSONValue] { OutlineBuilder.Node.json(parts) }
}

extension String {
    /// The headings of a version 1 source path, split at " › ".
    var headingPath: [String] {
        var parts: [String] = [], rest = Substring(self)
        while let range = rest.firstRange(of: " › ") {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
