extension Measure {
    /// Writes a measure, with its target, baseline and reported figures inside.
    ///
    /// ```swift
    /// Measure("cla-rate", "Rate of looked after children per 10,000", standard: "cla-rate-per-10k", purpose: .context) {
    ///     Observation(137, .per10k, .authority, period: "31 March 2018")
    ///     Observation(64, .per10k, .england, period: "31 March 2018")
    /// }
    /// ```
    public init(
        _ id: String,
        _ title: String,
        standard: StandardMeasureID? = nil,
        purpose: MeasurePurpose = .monitor,
        unit: MeasureUnit? = nil,
        domain: DomainID? = nil,
        definition: String? = nil,
        frequency: String? = nil,
        @ContentBuilder<MeasureElement> _ content: () -> [MeasureElement] = { [] }
    ) {
        self.init(
            id: id, title: title, standardMeasure: standard, purpose: purpose, unit: unit, domain: domain,
            definition: definition, frequency: frequency
        )
        for element in content() {
            switch element {
            case .target(let item): target = item
            case .baseline(let item): baseline = item
            case .observation(let item): observations.append(item)
            }
        }
    }
}
