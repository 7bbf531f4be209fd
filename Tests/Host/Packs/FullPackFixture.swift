import CorporateParenting

/// A pack with every field of the model set (a test checks it against every property of the JSON Schema), so the
/// schema, the decoder and the writer are checked against all of it.
enum FullPackFixture {
    static let pack = AuthorityPack(
        id: "full", name: "Full Council", ons: "E06000009", dfe: "890", region: "North West",
        document: StrategyDocument(
            title: "Corporate Parenting Strategy", subtitle: "Every field", period: .years(2024, 2027),
            reviewDate: PartialDate(year: 2025, month: 9), approved: PartialDate(year: 2024, month: 3, day: 1),
            status: "Draft", edition: "Full Council, 2024", capture: .partial, captureNote: "The appendices were not captured."
        ),
        inconsistencies: [Inconsistency("Who chairs the board", Excerpt("The Leader chairs it.", in: "foreword"), Excerpt("The Mayor chairs it.", in: "governance"))],
        actionPlans: [
            ActionPlan(document: StrategyDocument(title: "Corporate Parenting Action Plan", period: .years(2025, 2026), capture: .whole)) {
                Section("Pledge 1", id: "plan-pledge-1") {
                    Step("Hold a care leavers' forum each quarter.", owner: "Team Manager: Life Chances", timeline: "September 2025",
                         expectedOutcome: "Care leavers shape the offer.", links: ["Participation Strategy"])
                }
            },
        ]
    ) {
        Section("Foreword", id: "foreword", page: 2, line: 10) {
            Vision("A vision.")
            Mission("A mission.")
            Value("A value.")
            Voice("A voice.")
            Narrative(.context, "Cut off mid-", cutOff: true)
            Signatory(name: "A Name", role: "A Role")
            StrategyScope(text: "Children aged 0-25.", ages: .between(0, 25), groups: ["care leavers"],
                          figures: [Figure(600, .count, kind: .count, group: "children in care", scope: .authority, period: "2024", qualifier: "over", text: "over 600 children")])
            Definition(term: "Care leaver", text: "A young person who...")
            Citation(.legislation, "Children and Social Work Act 2017", text: "sets the principles")
            Coproduction("49 young people completed the survey.", who: "young people", count: 49, how: "survey",
                         mappings: [Mapping(principles: [2], domains: [.voice], basis: .judged, note: "shaping the strategy is voice")])
            LocalPrinciple(name: "Respectful", text: "We will listen.", mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .stated, note: "listen to their voices")])
            ExpectationSet(title: "Top tips", audience: "Elected Members", items: ["Know my story."])
            Entry.draft(DraftEntry(lines: LineRange(from: 12, to: 13), suggestions: ["domain adulthood from \"staying put\""],
                                   entry: .action(Action(.commitment, "Offer Staying Put.", mappings: [Mapping(domains: [.adulthood], basis: .suggested, note: "Suggested by cps draft.")]))))
        }
        Section("Priorities", id: "priorities") {
            Priority("voice", "Voice", label: "Priority 1", number: 1, principles: [2, 3], domains: [.voice], basis: .judged, note: "about being heard",
                     alternateTitles: [Wording("Being heard", in: "foreword")]) {
                Aim("An aim.")
                Rationale("A rationale.")
                Challenge("A challenge.")
                Commitment("A commitment.", owner: "Head of Service", timeline: "September 2025", due: PartialDate(year: 2025, month: 9),
                           expectedOutcome: "Children are heard.", links: ["Participation plan"],
                           status: DeliveryStatus(.inProgress, wording: "On track", asOf: PartialDate(year: 2025, month: 3)),
                           mappings: [Mapping(principles: [3], basis: .judged)])
                Action(.practice, "A practice.", cutOff: true)
                Partner("A partner")
                Objective("voice-objective", "An objective", number: 1) {
                    Metric("sdq", "SDQ", purpose: .monitor, standard: "sdq-completion", unit: .percent, polarity: .higherIsBetter, domain: .health,
                           definition: "A definition.", frequency: "quarterly",
                           target: Target(value: 95, unit: .percent, direction: .increase, by: PartialDate(year: 2026), wording: "95%"),
                           baseline: Baseline(80, .percent, period: "2023", "80% in 2023"),
                           figures: [Figure(88, .percent, kind: .share, group: "children in care", scope: .region, area: "North West", period: "2024", qualifier: "about", text: "about 88%")])
                    Evidence(id: "cut", kind: .deliverable, text: "A report.", purpose: .monitor, cutOff: true)
                }
            }
        }
        Section("Governance", id: "governance", capture: .partial) {
            Body(.board, "board", "Corporate Parenting Board", status: .inPlace,
                 roles: [.chair("the Leader"), Role(.member, "young people", status: .planned, wording: "will join")],
                 members: ["Lead Member"], audience: "councillors", ages: .from(16), meets: .quarterly, remit: ["monitor the strategy"],
                 themes: ["health"], reportsTo: [Reporting(named: "Cabinet", status: .unresolved, wording: "to clarify")],
                 serves: ["voice"], mappings: [Mapping(domains: [.governance], basis: .judged)]) {
                Body(.youthGroup, "cicc", "Children in Care Council", reportsTo: [Reporting("board")], partOf: "board")
            }
        }
    }
}
