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

    // Indices rather than `enumerated()`, so each item is read in place rather than copied.
    init(_ pack: AuthorityPack) {
        all.append(Entry(kind: "authority", id: pack.id, place: .authority))
        for index in pack.priorities.indices {
            add(pack.priorities[index].id, pack.priorities[index].outcomes, pack.priorities[index].measures, .priority(index))
        }
        for index in pack.objectives.indices {
            add(pack.objectives[index].id, pack.objectives[index].outcomes, pack.objectives[index].measures, .objective(index))
        }
        for index in pack.measures.indices { all.append(Entry(kind: "measure", id: pack.measures[index].id, place: .measure(.strategyMeasure(index)))) }
        for index in pack.pledges.indices { all.append(Entry(kind: "pledge", id: pack.pledges[index].id, place: .list("pledges", index))) }
        for index in pack.workingGroups.indices {
            all.append(Entry(kind: "working group", id: pack.workingGroups[index].id, place: .list("workingGroups", index)))
        }
        for index in pack.governance.participation.indices {
            all.append(Entry(kind: "participation group", id: pack.governance.participation[index].id, place: .list("governance.participation", index)))
        }
    }

    private mutating func add(_ id: String, _ outcomes: [Outcome], _ measures: [Measure], _ place: Place) {
        all.append(Entry(kind: "item", id: id, place: .item(place)))
        for o in outcomes.indices {
            all.append(Entry(kind: "outcome", id: outcomes[o].id, place: .outcome(place, o)))
            for m in outcomes[o].measures.indices {
                all.append(Entry(kind: "measure", id: outcomes[o].measures[m].id, place: .measure(.outcomeMeasure(place, outcome: o, measure: m))))
            }
        }
        for m in measures.indices { all.append(Entry(kind: "measure", id: measures[m].id, place: .measure(.itemMeasure(place, m)))) }
    }

    /// The ids of the pack's priorities and objectives.
    var itemIDs: Set<String> { Set(all.filter { $0.kind == "item" }.map(\.id)) }
}
