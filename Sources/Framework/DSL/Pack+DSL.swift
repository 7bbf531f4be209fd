extension AuthorityPack {
    /// A pack written in the DSL: the document's top-level sections, in order.
    ///
    /// Sections written without an id get one derived from their heading (lower case, hyphenated, at most six
    /// words; `-2`, `-3`... where two headings would clash), so ids are stable while headings are.
    ///
    /// ```swift
    /// AuthorityPack(id: "sefton", name: "Sefton Council", ons: "E08000014", dfe: "343", region: "North West",
    ///               document: StrategyDocument(title: "Corporate Parenting Strategy", period: .years(2023, 2025))) {
    ///     Section("Sefton's Vision") { Vision("To be the best corporate parents we can be, ...") }
    /// }
    /// ```
    public init(
        id: String,
        name: String,
        ons: String? = nil,
        dfe: String? = nil,
        region: String? = nil,
        document: StrategyDocument,
        inconsistencies: [Inconsistency] = [],
        actionPlans: [ActionPlan] = [],
        @PackContent _ content: () -> [Entry]
    ) {
        let sections = Self.sections(content(), in: id)
        var ids = SectionIDs(sections + actionPlans.flatMap(\.sections))
        self.init(
            id: id, name: name, codes: AuthorityCodes(ons: ons, dfe: dfe), region: region, document: document,
            sections: sections.map { ids.assigned($0) }, inconsistencies: inconsistencies,
            actionPlans: actionPlans.map { plan in ActionPlan(document: plan.document, sections: plan.sections.map { ids.assigned($0) }) }
        )
    }

    /// The top level of a pack or plan: sections only.
    static func sections(_ entries: [Entry], in id: String) -> [Section] {
        entries.map { entry in
            guard case .section(let section) = entry else {
                preconditionFailure("\(id): a pack's top level holds sections only; put \(entry.key) inside a Section")
            }
            return section
        }
    }
}

extension ActionPlan {
    /// A separately published action plan in the DSL: its document record and its sections, in order. Section ids
    /// are derived with the strategy's, unique across both.
    public init(document: StrategyDocument, @PackContent _ content: () -> [Entry]) {
        self.init(document: document, sections: AuthorityPack.sections(content(), in: document.title))
    }
}

extension Inconsistency {
    /// Excerpts that cannot all be true, each with its section.
    public init(_ topic: String, _ excerpts: Excerpt...) {
        self.init(topic: topic, excerpts: excerpts)
    }
}
