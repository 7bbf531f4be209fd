import CorporateParenting

/// Small packs whose coverage, gaps and similarity can be worked out by hand.
enum AnalysisFixtures {
    /// Voice and homes priorities; measures bound to standard measures, one without a target.
    static let alpha = AuthorityPack(id: "alpha", name: "Alpha Council", ons: "E06000001", dfe: "001", region: "North East") {
        Section("Cover") { Strategy("Corporate Parenting Strategy", period: .years(2022, 2025)) }
        Section("Priorities") {
            Priority("voice", "Voice", principles: [2, 3], domains: [.voice]) {
                Commitment("Ask.")
                Commitment("Listen.")
                Outcome("Heard") {
                    Measure("sdq", "SDQs done", standard: "sdq-completion") { Target(90, .percent, "90%") }
                }
            }
            Priority("homes", "Homes", principles: [1, 6], domains: [.homes]) {
                Commitment("House.")
                Measure("moves", "Three or more moves", standard: "placement-stability-short-term")
                Measure("local", "Placed locally")
            }
        }
        Section("Board") {
            Board("Corporate Parenting Board", chair: "Lead Member", meets: .quarterly, youngPeopleOnBoard: true)
            ParticipationGroup("cicc", "Children in Care Council", ages: .between(11, 17))
        }
        Measure("missing", "Missing from care", standard: "missing-incident")
    }

    /// Homes and adulthood priorities and an objective; no board.
    static let beta = AuthorityPack(id: "beta", name: "Beta County Council", region: "North East") {
        Section("Cover") { Strategy("Our Promise", period: StrategyPeriod(start: PartialDate(year: 2024))) }
        Section("Priorities") {
            Priority("homes", "Homes", principles: [6], domains: [.homes]) {
                Measure("moves", "Three or more moves", standard: "placement-stability-short-term")
            }
            Priority("leaving", "Leaving care", principles: [7], domains: [.adulthood])
        }
        Section("Objectives") {
            Objective("voice", "Voice", priority: "homes", principles: [2], domains: [.voice]) {
                Commitment("Ask.")
            }
        }
        Inconsistency("Title", Statement("Our Promise", source: "Cover"), Statement("Strategy", source: "Page 2"))
    }
}
