import CorporateParenting

/// One strategy's side of every comparison it takes part in, worked out once by a ``Comparator``: comparing many
/// pairs then only lines columns up.
public struct ComparisonColumn: Sendable {
    /// The authority.
    public var authority: AuthorityRef
    /// Its strategy's period, review date and printed status.
    public var period: StrategyPeriod
    /// The review date, when stated.
    public var reviewDate: PartialDate?
    /// The status the document prints.
    public var status: String?
    /// For each of the framework's domains, the titles of the items serving it.
    public var titlesByDomain: [[String]]
    /// For each of the framework's principles, how many items serve it.
    public var principleCounts: [Int]
    /// Its pledges.
    public var pledges: [PledgeFacts]
    /// Its working groups, sub-groups, partnerships and networks.
    public var workingGroups: [GroupFacts]
    /// Its board, when the document describes one.
    public var board: BoardFacts?
    /// Its youth participation groups.
    public var participation: [ParticipationFacts]
    /// For each standard measure in the catalogue, whether the strategy monitors it (context figures do not count).
    public var monitors: [Bool]
    /// Its monitored metrics in all.
    public var measureCount: Int
    /// Its targets.
    public var targets: [TargetFacts]
}
