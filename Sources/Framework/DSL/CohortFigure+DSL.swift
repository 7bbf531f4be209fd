extension CohortFigure {
    /// Writes how many children or young people the document counts, with its qualifier and date.
    ///
    /// ```swift
    /// CohortFigure("children and young people in care", 613, asAt: PartialDate(year: 2019, month: 8))
    /// CohortFigure("children cared for", 600, qualifier: "over")
    /// ```
    public init(_ group: String, _ count: Int, qualifier: String? = nil, asAt: PartialDate? = nil, period: String? = nil) {
        self.init(group: group, count: count, qualifier: qualifier, asAt: asAt, period: period)
    }
}
