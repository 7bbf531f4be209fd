extension Baseline {
    /// A baseline, in the document's words, with its value when it states one.
    ///
    /// ```swift
    /// Baseline(period: "2021", "To monitor service provision annually with 2021 baseline.")
    /// ```
    public init(_ value: Double? = nil, _ unit: MeasureUnit? = nil, period: String? = nil, _ wording: String) {
        self.init(value: value, unit: unit, period: period, wording: wording)
    }
}
