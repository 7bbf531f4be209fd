import CorporateParenting

/// Small packs whose coverage, gaps and similarity can be worked out by hand.
enum AnalysisFixtures {
    /// Voice and homes priorities; metrics bound to standard measures, one without a target; two figures quoted
    /// as context only; a board with young people on it.
    static let alpha = AuthorityPack(
        id: "alpha", name: "Alpha Council", ons: "E06000001", dfe: "805", region: "North East",
        document: StrategyDocument(title: "Corporate Parenting Strategy", period: .years(2022, 2025))
    ) {
        Section("Priorities") {
            Priority("voice", "Voice", principles: [2, 3], domains: [.voice]) {
                Commitment("Ask.")
                Commitment("Listen.")
                Section("Heard") {
                    Metric("sdq", "SDQs done", purpose: .monitor, standard: "sdq-completion", target: Target(90, .percent, "90%"))
                }
            }
            Priority("homes", "Homes", principles: [1, 6], domains: [.homes]) {
                Commitment("House.")
                Metric("moves", "Three or more moves", purpose: .monitor, standard: "placement-stability-short-term")
                Metric("local", "Placed locally", purpose: .monitor)
            }
        }
        Section("Our children") {
            Metric("cla", "Children looked after", purpose: .context, standard: "cla-count", figures: [Figure(412, .count)])
            Metric("absence", "Persistent absence", purpose: .context, standard: "persistent-absence", figures: [Figure(30, .percent)])
        }
        Section("Board") {
            Body(.board, "board", "Corporate Parenting Board", roles: [.chair("Lead Member"), .member("young people in care")], meets: .quarterly)
            Body(.youthGroup, "cicc", "Children in Care Council", ages: .between(11, 17))
        }
        Section("Measures") {
            Metric("missing", "Missing from care", purpose: .monitor, standard: "missing-incident")
        }
    }

    /// A homes priority with two objectives (one mapped, one inheriting the priority's mapping) and a leaving care
    /// priority; no board.
    static let beta = AuthorityPack(
        id: "beta", name: "Beta County Council", region: "North East",
        document: StrategyDocument(title: "Our Promise", period: StrategyPeriod(start: PartialDate(year: 2024))),
        inconsistencies: [Inconsistency("Title", Excerpt("Our Promise", in: "cover"), Excerpt("Strategy", in: "page-2"))]
    ) {
        Section("Cover", id: "cover") { Context("Our Promise") }
        Section("Page 2", id: "page-2") { Context("Strategy") }
        Section("Priorities") {
            Priority("homes", "Homes", principles: [6], domains: [.homes]) {
                Metric("moves", "Three or more moves", purpose: .monitor, standard: "placement-stability-short-term")
                Objective("voice", "Voice", principles: [2], domains: [.voice]) {
                    Commitment("Ask.")
                }
                Objective("near", "Staying near") {
                    Commitment("Place them near.")
                }
            }
            Priority("leaving", "Leaving care", principles: [7], domains: [.adulthood])
        }
    }

    /// Part of a document: a board young people will join (planned), a chair not yet settled, a youth group
    /// without ages, and an outcome with a survey statement but no metric.
    static let gamma = AuthorityPack(
        id: "gamma", name: "Gamma Council",
        document: StrategyDocument(title: "Strategy", period: .years(2024, 2027), capture: .partial)
    ) {
        Section("Outcomes") {
            Outcome("heard", "Heard", label: "Outcome 1", principles: [2], domains: [.voice]) {
                Statement(nil, "I feel listened to.")
            }
        }
        Section("Governance") {
            Body(.board, "board", "Corporate Parenting Panel",
                 roles: [.chair("Lead Member", status: .unresolved), .member("care experienced young people", status: .planned)])
            Body(.youthGroup, "voices", "Voices")
        }
    }

    /// A pack of one section holding `items`.
    static func pack(_ id: String, _ items: Item...) -> AuthorityPack {
        AuthorityPack(id: id, name: id.uppercased(), document: StrategyDocument(title: "Strategy")) {
            Section("Priorities") { items.map(Entry.item) }
        }
    }
}
