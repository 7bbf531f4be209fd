extension Objective {
    /// Writes an objective; `priority` names the priority it sits under only when the document says so.
    ///
    /// ```swift
    /// Objective("voice", "Children and young people have a voice in the way we deliver our services.",
    ///           number: 1, principles: [2, 3], domains: [.voice]) {
    ///     Aim("Nothing about me without me.")
    /// }
    /// ```
    public init(
        _ id: String,
        _ title: String,
        number: Int? = nil,
        priority: String? = nil,
        principles: [Int],
        domains: [DomainID],
        @ContentBuilder<PriorityElement> _ content: () -> [PriorityElement] = { [] }
    ) {
        let parts = PriorityParts(content(), parentID: id)
        self.init(
            id: id, number: number, title: title, priority: priority, aim: parts.aim, vision: parts.vision,
            principles: principles, domains: domains, commitments: parts.commitments, outcomes: parts.outcomes,
            measures: parts.measures, challenges: parts.challenges, partners: parts.partners
        )
    }
}
