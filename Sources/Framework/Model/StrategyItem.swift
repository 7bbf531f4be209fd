/// What priorities and objectives share, so comparisons can treat a document's items alike.
public protocol StrategyItem: Sendable {
    /// The item's id.
    var id: String { get }
    /// The number the document gives it.
    var number: Int? { get }
    /// Its title.
    var title: String { get }
    /// The statutory principles it serves.
    var principles: [Int] { get }
    /// The domains it serves.
    var domains: [DomainID] { get }
    /// Its commitments.
    var commitments: [Commitment] { get }
    /// Its outcomes.
    var outcomes: [Outcome] { get }
    /// Its measures not set against one outcome.
    var measures: [Measure] { get }
    /// The section it comes from.
    var source: String { get }
}

extension Priority: StrategyItem {}
extension Objective: StrategyItem {}

extension StrategyItem {
    /// Every measure under the item: those set against its outcomes, then its own.
    public var allMeasures: [Measure] {
        outcomes.flatMap(\.measures) + measures
    }
}
