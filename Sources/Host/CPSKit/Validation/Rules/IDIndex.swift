import CorporateParenting

/// Every id in a pack with its JSON path, grouped by the kind of thing it names.
struct IDIndex {
    struct Entry {
        var kind: String
        var id: String
        var path: String
    }

    var all: [Entry] = []

    init(_ pack: AuthorityPack) {
        all.append(Entry(kind: "authority", id: pack.id, path: ""))
        for (index, item) in pack.priorities.enumerated() { add("item", item, "priorities[\(index)]") }
        for (index, item) in pack.objectives.enumerated() { add("item", item, "objectives[\(index)]") }
        for (index, measure) in pack.measures.enumerated() { all.append(Entry(kind: "measure", id: measure.id, path: "measures[\(index)]")) }
        for (index, pledge) in pack.pledges.enumerated() { all.append(Entry(kind: "pledge", id: pledge.id, path: "pledges[\(index)]")) }
        for (index, group) in pack.workingGroups.enumerated() { all.append(Entry(kind: "working group", id: group.id, path: "workingGroups[\(index)]")) }
        for (index, group) in pack.governance.participation.enumerated() {
            all.append(Entry(kind: "participation group", id: group.id, path: "governance.participation[\(index)]"))
        }
    }

    private mutating func add(_ kind: String, _ item: any StrategyItem, _ path: String) {
        all.append(Entry(kind: kind, id: item.id, path: path))
        for (o, outcome) in item.outcomes.enumerated() {
            all.append(Entry(kind: "outcome", id: outcome.id, path: "\(path).outcomes[\(o)]"))
            for (m, measure) in outcome.measures.enumerated() {
                all.append(Entry(kind: "measure", id: measure.id, path: "\(path).outcomes[\(o)].measures[\(m)]"))
            }
        }
        for (m, measure) in item.measures.enumerated() { all.append(Entry(kind: "measure", id: measure.id, path: "\(path).measures[\(m)]")) }
    }

    /// The ids of the pack's priorities and objectives.
    var itemIDs: Set<String> { Set(all.filter { $0.kind == "item" }.map(\.id)) }
}
