extension Observation {
    /// A figure the document reports, as printed.
    ///
    /// ```swift
    /// Observation(82.2, .percent, period: "January 2022")
    /// Observation(111.4, .per10k, .statisticalNeighbours, period: "31 March 2018")
    /// ```
    public init(
        _ value: Double,
        _ unit: MeasureUnit,
        _ scope: Scope = .authority,
        area: String? = nil,
        period: String? = nil,
        qualifier: String? = nil,
        note: String? = nil
    ) {
        self.init(value: value, unit: unit, scope: scope, area: area, period: period, qualifier: qualifier, note: note)
    }
}
