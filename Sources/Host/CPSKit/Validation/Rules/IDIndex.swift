import CorporateParenting

/// Every id in a pack with the kind of thing it names and where it is.
struct IDIndex {
    struct Entry {
        var kind: String
        var id: String
        var place: IDPlace

        /// The JSON path of the thing the id names ("" for the pack itself).
        var path: String { place.path }
    }

    /// Where an id is, as indices; its path is made only when a finding needs it.
    enum IDPlace {
        case authority
        case item(Place)
        case outcome(Place, Int)
        case measure(Place)
        case list(String, Int)

        var path: String {
            switch self {
            case .authority: ""
            case .item(let place), .measure(let place): place.path
            case .outcome(let place, let index): "\(place.path).outcomes[\(index)]"
            case .list(let key, let index): "\(key)[\(index)]"
            }
        }
    }

    var all: [Entry] = []

    init(_ pack: AuthorityPack) {
        all.append(Entry(kind: "authority", id: pack.id, place: .authority))
        for (index, item) in pack.priorities.enumerated() { add(item, .priority(index)) }
        for (index, item) in pack.objectives.enumerated() { add(item, .objective(index)) }
        for (index, measure) in pack.measures.enumerated() { all.append(Entry(kind: "measure", id: measure.id, place: .measure(.strategyMeasure(index)))) }
        for (index, pledge) in pack.pledges.enumerated() { all.append(Entry(kind: "pledge", id: pledge.id, place: .list("pledges", index))) }
        for (index, group) in pack.workingGroups.enumerated() { all.append(Entry(kind: "working group", id: group.id, place: .list("workingGroups", index))) }
        for (index, group) in pack.governance.participation.enumerated() {
            all.append(Entry(kind: "participation group", id: group.id, place: .list("governance.participation", index)))
        }
    }

    private mutating func add<Item: StrategyItem>(_ item: Item, _ place: Place) {
        all.append(Entry(kind: "item", id: item.id, place: .item(place)))
        for (o, outcome) in item.outcomes.enumerated() {
            all.append(Entry(kind: "outcome", id: outcome.id, place: .outcome(place, o)))
            for (m, measure) in outcome.measures.enumerated() {
                all.append(Entry(kind: "measure", id: measure.id, place: .measure(.outcomeMeasure(place, outcome: o, measure: m))))
            }
        }
        for (m, measure) in item.measures.enumerated() { all.append(Entry(kind: "measure", id: measure.id, place: .measure(.itemMeasure(place, m)))) }
    }

    /// The ids of the pack's priorities and objectives.
    var itemIDs: Set<String> { Set(all.filter { $0.kind == "item" }.map(\.id)) }
}
