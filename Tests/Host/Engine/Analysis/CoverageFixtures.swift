import CorporateParenting

/// Small packs whose coverage levels and bases can be worked out by hand.
enum CoverageFixtures {
    /// A homes priority (principles 1 and 6, judged) with one action with an owner, `unassigned` actions with
    /// neither owner nor timescale, and a monitored metric with a target.
    static func homes(unassigned: Int) -> AuthorityPack {
        AuthorityPack(id: "homes", name: "Homes Council", document: StrategyDocument(title: "Strategy")) {
            Section("Priorities") {
                Priority("homes", "Homes", principles: [1, 6], domains: [.homes]) {
                    Commitment("Find homes near school.", owner: "Head of Fostering")
                    (0..<unassigned).map { Entry.action(Commitment("Keep children settled, step \($0 + 1).")) }
                    Metric("moves", "Three or more moves", purpose: .monitor, standard: "placement-stability-short-term", target: Target(8, .percent, "8%"))
                }
            }
        }
    }

    /// Voice stated by the document (principle 2), homes judged by the encoder (principle 6) with an objective that
    /// inherits it, a stated objective of its own under homes (principle 7), and an objective whose only mapping is
    /// a suggestion (principle 3), which therefore serves its parent's principles.
    static let bases = AuthorityPack(id: "bases", name: "Bases Council", document: StrategyDocument(title: "Strategy")) {
        Section("Priorities") {
            Priority("voice", "Voice", principles: [2], basis: .stated, note: "This priority is about principle 2") {
                Commitment("Ask children what they think.")
            }
            Priority("homes", "Homes", principles: [6]) {
                Objective("near", "Near home") {
                    Commitment("Place children near home.", timeline: "By March 2026")
                }
                Objective("leaving", "Leaving care", principles: [7], basis: .stated, note: "principle 7")
                Objective("guess", "A guess", mappings: [Mapping(principles: [3], basis: .suggested)])
            }
        }
    }

    /// One principle per level: 1 named (a priority alone), 2 committed (a commitment), 3 assigned (a commitment with
    /// a timeline), 4 measured (a metric with a baseline), 5 named (a local principle), 7 committed (a promise);
    /// 6 has only a figure quoted as context under a priority that serves nothing, and a quoted figure bound to a
    /// standard measure.
    static let levels = AuthorityPack(id: "levels", name: "Levels Council", document: StrategyDocument(title: "Strategy")) {
        Section("Priorities") {
            Priority("one", "One", principles: [1])
            Priority("two", "Two", principles: [2]) { Commitment("Do two.") }
            Priority("three", "Three", principles: [3]) { Commitment("Do three.", timeline: "2026") }
            Priority("four", "Four", principles: [4]) { Metric("Four measured.", purpose: .monitor, baseline: Baseline(period: "2021", "40% in 2021")) }
            Priority("context", "Context") {
                Metric("cla", "Children looked after", purpose: .context, standard: "cla-count", domain: .homes, target: Target(400, .count, "400"))
            }
        }
        Section("How we work") {
            LocalPrinciple(name: "Ambitious", text: "We aim high.", mappings: [Mapping(principles: [5], basis: .judged)])
            Promise("We promise to help you move on.", mappings: [Mapping(principles: [7], basis: .judged)])
        }
    }
}
