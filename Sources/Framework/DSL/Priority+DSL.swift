extension Priority {
    /// Writes a priority with what the document says under it.
    ///
    /// ```swift
    /// Priority("safe-stable-homes", "Safe and Stable homes", principles: [1, 6], domains: [.homes]) {
    ///     Aim("We will ensure all children and young people have a safe and stable home environment.")
    ///     Commitment("Seek to minimise the number of placement moves children may experience.")
    ///     Outcome("Children will be placed in stable placements") {
    ///         Measure("three-plus-placements", "% of children with 3 or more placements",
    ///                 standard: "placement-stability-short-term")
    ///     }
    /// }
    /// ```
    public init(
        _ id: String,
        _ title: String,
        number: Int? = nil,
        principles: [Int],
        domains: [DomainID],
        @ContentBuilder<PriorityElement> _ content: () -> [PriorityElement] = { [] }
    ) {
        let parts = PriorityParts(content(), parentID: id)
        self.init(
            id: id, number: number, title: title, aim: parts.aim, vision: parts.vision,
            principles: principles, domains: domains, commitments: parts.commitments, outcomes: parts.outcomes,
            measures: parts.measures, challenges: parts.challenges, partners: parts.partners
        )
    }
}
