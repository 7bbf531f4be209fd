/// The period a strategy covers, as precise as the document states it.
public struct StrategyPeriod: Codable, Equatable, Sendable {
    /// The first year (or month, or day) the strategy covers.
    public var start: PartialDate?
    /// The last year (or month, or day) the strategy covers.
    public var end: PartialDate?

    /// Creates a period; either end may be unknown.
    public init(start: PartialDate? = nil, end: PartialDate? = nil) {
        self.start = start
        self.end = end
    }

    /// A period given in whole years, as most documents print it ("2023 - 2025").
    ///
    /// ```swift
    /// Strategy("Corporate Parenting Strategy", period: .years(2023, 2025))
    /// ```
    public static func years(_ start: Int, _ end: Int) -> StrategyPeriod {
        StrategyPeriod(start: PartialDate(year: start), end: PartialDate(year: end))
    }
}
