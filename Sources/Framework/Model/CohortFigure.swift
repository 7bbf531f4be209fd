/// How many children or young people the document says the council is corporate parent to.
public struct CohortFigure: Codable, Equatable, Sendable {
    /// The group counted, in the document's words ("children in care", "care leavers").
    public var group: String
    /// The count as printed.
    public var count: Int
    /// A qualifier printed with it ("more than", "over", "approximately").
    public var qualifier: String?
    /// The date the count is as at, when stated.
    public var asAt: PartialDate?
    /// The period or date in the document's words, when it is not a plain date ("31st March 2018").
    public var period: String?
    /// The section this comes from.
    public var source: String

    /// Creates a cohort figure.
    public init(group: String, count: Int, qualifier: String? = nil, asAt: PartialDate? = nil, period: String? = nil, source: String = "") {
        self.group = group
        self.count = count
        self.qualifier = qualifier
        self.asAt = asAt
        self.period = period
        self.source = source
    }
}
