extension AuthorityPack {
    /// The document's items: its priorities, then its objectives.
    public var items: [any StrategyItem] {
        priorities.map { $0 as any StrategyItem } + objectives.map { $0 as any StrategyItem }
    }

    /// Every measure in the pack with the item and outcome it sits under, in document order: priorities',
    /// objectives', then strategy-wide measures.
    public var allMeasures: [PlacedMeasure] {
        var placed: [PlacedMeasure] = []
        func add<Item: StrategyItem>(_ items: [Item]) {
            for item in items {
                for outcome in item.outcomes {
                    for measure in outcome.measures { placed.append(PlacedMeasure(measure: measure, itemID: item.id, outcomeID: outcome.id)) }
                }
                for measure in item.measures { placed.append(PlacedMeasure(measure: measure, itemID: item.id, outcomeID: nil)) }
            }
        }
        add(priorities)
        add(objectives)
        for measure in measures { placed.append(PlacedMeasure(measure: measure, itemID: nil, outcomeID: nil)) }
        return placed
    }

    /// How many measures the pack holds, wherever they sit (``allMeasures`` without gathering them).
    public var measureCount: Int {
        func count<Item: StrategyItem>(_ items: [Item]) -> Int {
            items.reduce(0) { total, item in item.outcomes.reduce(total + item.measures.count) { $0 + $1.measures.count } }
        }
        return count(priorities) + count(objectives) + measures.count
    }

    /// How many commitments the document's items make (``allCommitments`` without gathering them).
    public var commitmentCount: Int {
        priorities.reduce(0) { $0 + $1.commitments.count } + objectives.reduce(0) { $0 + $1.commitments.count }
    }

    /// Every commitment under the document's items.
    public var allCommitments: [Commitment] {
        items.flatMap(\.commitments)
    }
}

/// A measure and where it sits in its pack.
public struct PlacedMeasure: Sendable {
    /// The measure.
    public var measure: Measure
    /// The priority or objective it sits under, if any.
    public var itemID: String?
    /// The outcome it is set against, if any.
    public var outcomeID: String?
}
