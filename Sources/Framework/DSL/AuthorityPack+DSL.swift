extension AuthorityPack {
    /// Writes a council's pack in the DSL: the document's sections in order, each holding what it says.
    ///
    /// ```swift
    /// AuthorityPack(id: "sefton", name: "Sefton Council", ons: "E08000014", dfe: "343", region: "North West") {
    ///     Section("Cover") {
    ///         Strategy("Corporate Parenting Strategy", period: .years(2023, 2025))
    ///     }
    ///     Section("Sefton's Vision") {
    ///         Vision("To be the best corporate parents we can be ...")
    ///     }
    /// }
    /// ```
    ///
    /// A second ``Vision`` or ``Mission`` continues the first as a new paragraph.
    public init(
        id: String,
        name: String,
        ons: String? = nil,
        dfe: String? = nil,
        region: String? = nil,
        @ContentBuilder<PackElement> _ content: () -> [PackElement]
    ) {
        let elements = content()
        var strategy = Strategy(title: "")
        for case .strategy(let item) in elements { strategy = item }
        self.init(id: id, name: name, codes: AuthorityCodes(ons: ons, dfe: dfe), region: region, strategy: strategy)
        for element in elements {
            switch element {
            case .strategy: break
            case .vision(let item): self.strategy.vision = self.strategy.vision.continued(with: item)
            case .mission(let item): self.strategy.mission = self.strategy.mission.continued(with: item)
            case .value(let item): self.strategy.values.append(item)
            case .localPrinciple(let item): self.strategy.localPrinciples.append(item)
            case .signatory(let item): self.strategy.signatories.append(item)
            case .voice(let item): self.strategy.voices.append(item)
            case .challenge(let item): self.strategy.challenges.append(item)
            case .legislation(let item): self.strategy.legislation.append(item)
            case .priority(let item): priorities.append(item)
            case .objective(let item): objectives.append(item)
            case .measure(let item): measures.append(item)
            case .pledge(let item): pledges.append(item)
            case .workingGroup(let item): workingGroups.append(item)
            case .board(let item): governance.board = item
            case .participation(let item): governance.participation.append(item)
            case .arrangement(let item): governance.arrangements.append(item)
            case .cohort(let item): cohort.append(item)
            case .localOffer(let item): localOffer.append(item)
            case .expectations(let item): expectations.append(item)
            case .inconsistency(let item): inconsistencies.append(item)
            }
        }
    }
}
