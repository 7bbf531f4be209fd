import CorporateParenting

/// What a performance officer reads first about one council: whether its strategy is current, how many of its
/// published figures are worse than England's and than its neighbours' (with their direction of travel), the worst
/// of them, and its most serious gaps. Plain data: the report's views put it into words.
public struct CouncilSummary: Codable, Sendable {
    /// The council.
    public var authority: AuthorityRef
    /// The strategy's period.
    public var period: StrategyPeriod
    /// Whether the period covers the date judged on.
    public var currency: StrategyCurrency
    /// How many published figures could be judged (a figure and a polarity); 0 when the council has no figures.
    public var judged: Int
    /// The judged figures worse than England's, worst first.
    public var worseThanEngland: [FigureStanding]
    /// The judged figures worse than the neighbours' mean, in measure order.
    public var worseThanNeighbours: [FigureStanding]
    /// The most serious gaps: up to ``gapsShown``, one per rule where there are enough rules, highest severity first.
    public var seriousGaps: [Gap]
    /// How many gaps there are in all.
    public var gapCount: Int

    /// How many gaps the summary keeps.
    public static let gapsShown = 3
    /// How many worst figures a view shows.
    public static let worstShown = 3
}
