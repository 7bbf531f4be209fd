import CorporateParenting
import CPSKit

/// A deterministic synthetic corpus shaped like the real one (schema 2): authority packs whose outline holds an
/// introduction (vision, values, scope with a count, a figure quoted as context), priorities each in its own
/// section with its working group, aims, actions, partners and outcome items with monitored metrics and figures,
/// a pledge with promises, the governance (a board with roles, a children in care council with age groups) and a
/// list of expectations; and a DfE-layout CSV (``csv(years:series:seed:)``).
enum SyntheticCorpus {
    static let words = ("children young people care leavers foster carers placement stability education health emotional wellbeing " +
        "participation voice council board partners support homes family relationships identity safety exploitation missing adulthood " +
        "independence training employment apprenticeship housing accommodation advocacy review pathway plan personal adviser school " +
        "attendance attainment virtual head designated nurse dentist assessment questionnaire outcomes ambition celebrate listen").split(separator: " ").map(String.init)

    static func sentence(_ random: inout SplitMix, _ count: ClosedRange<Int>) -> String {
        let length = random.int(count)
        let text = (0..<length).map { _ in random.pick(words) }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    static let regions = ["North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands", "East of England",
                          "London", "South East", "South West"]

    /// The action kinds a priority's bullets take (promises belong to the pledge).
    static let actionKinds: [ActionKind] = [.commitment, .action, .improvement, .practice]

    /// The DfE code of the `index`th of 155 synthetic authorities.
    static func dfeCode(_ index: Int) -> String { String(100 + index % 155) }

    /// Pack number `index`, its shape drawn from `seed`.
    static func pack(_ index: Int, seed: UInt64 = 2026) -> AuthorityPack {
        var random = SplitMix(seed: seed &+ UInt64(index) &* 7919)
        let framework = OutcomeFramework.standard
        let start = random.int(2018...2025)
        let document = StrategyDocument(title: "Corporate Parenting Strategy", period: .years(start, start + random.int(2...4)))
        let introduction = Section(id: "introduction", heading: "Introduction", content: [
            .narrative(Vision(sentence(&random, 20...40))),
        ] + (0..<random.int(3...6)).map { _ in .narrative(Value(sentence(&random, 8...18))) } + [
            .scope(StrategyScope(text: sentence(&random, 10...20), ages: .between(0, 25), groups: ["children in care", "care leavers"],
                                 figures: [Figure(Double(random.int(100...2000)), .count, kind: .count, group: "children in care")])),
            // The local picture: a metric the document only quotes, which no analysis counts as monitored.
            .evidence(Metric(sentence(&random, 6...12), purpose: .context, unit: .percent,
                             figures: [Figure(Double(random.int(0...1000)) / 10, .percent, kind: .share, scope: .england, period: "2024")])),
        ])
        let priorities = (1...random.int(4...7)).map { priority($0, pack: index, framework: framework, &random) }
        let domain = random.pick(framework.domains)
        let pledge = Item(
            .pledge, "our-promise", "Our Promise", principles: domain.principles.map(PrincipleNumber.init(rawValue:)), domains: [domain.id]
        ) {
            (0..<random.int(4...10)).map { _ in
                let text = commitment(&random, pack: index)
                return Entry.action(Promise("We will " + text.prefix(1).lowercased() + text.dropFirst()))
            }
        }
        let sections: [Section] = [
            introduction,
            Section(id: "our-priorities", heading: "Our priorities", content: priorities.map(Entry.section)),
            Section(id: "our-promise", heading: "Our Promise", content: [.item(pledge)]),
            Section(id: "governance", heading: "Governance", content: [.body(board(&random)), .body(childrenInCareCouncil(&random))]),
            Section(id: "responsibilities", heading: "Responsibilities", content: [
                .expectations(ExpectationSet(title: "Responsibilities", items: (0..<random.int(4...8)).map { _ in sentence(&random, 8...16) })),
            ]),
        ]
        // Real codes and regions (the 155 of DfE's list in turn), since validation checks them against that list.
        let authority = AuthorityDirectory.builtIn.entries[index % AuthorityDirectory.builtIn.entries.count]
        return AuthorityPack(
            id: "synthetic-\(index)", name: "Synthetic Council \(index)",
            codes: AuthorityCodes(ons: authority.onsCode, dfe: authority.dfeCode),
            region: authority.region, document: document, sections: sections
        )
    }

    /// Priority `number`'s section: its working group, then the priority with its aim, actions, outcomes (each
    /// with one or two monitored metrics, most bound to a standard measure of the priority's domain) and partners.
    static func priority(_ number: Int, pack index: Int, framework: OutcomeFramework, _ random: inout SplitMix) -> Section {
        let domain = framework.domains[(number - 1 + index) % framework.domains.count]
        let id = ID<Item>(rawValue: "priority-\(number)")
        let measures = framework.measures.filter { $0.domain == domain.id }
        let title = sentence(&random, 3...8)
        let principles = Set([random.pick(domain.principles), random.int(1...7)]).sorted().map(PrincipleNumber.init(rawValue:))
        var content: [Entry] = [.narrative(Aim("Our aim is to " + commitment(&random, pack: index).lowercased()))]
        content += (0..<random.int(3...8)).map { _ in .action(Action(random.pick(actionKinds), commitment(&random, pack: index))) }
        content += (1...random.int(1...2)).map { outcome in
            let metrics: [Entry] = (1...random.int(1...2)).map { m in
                let standard = measures.isEmpty || random.int(0...3) == 0 ? nil : random.pick(measures)
                let target = random.int(0...1) == 0 ? nil : Target(Double(random.int(60...100)), .percent, "A target.")
                let figures = (0..<random.int(0...2)).map { _ in
                    Figure(Double(random.int(0...1000)) / 10, .percent, kind: .level, scope: random.pick([Scope.authority, .england, .region]),
                           period: String(random.int(2018...2025)))
                }
                return .evidence(Metric(ID(rawValue: "m-\(number)-\(outcome)-\(m)"), sentence(&random, 4...10), purpose: .monitor,
                                        standard: standard?.id, unit: .percent, target: target, figures: figures))
            }
            return .item(Item(id: ID(rawValue: "\(id.rawValue)-outcome-\(outcome)"), level: .outcome, title: sentence(&random, 6...15), content: metrics))
        }
        content += (0..<random.int(0...4)).map { _ in .partner(Partner(sentence(&random, 1...3))) }
        let group = Body(.workingGroup, ID(rawValue: "group-\(id.rawValue)"), sentence(&random, 2...4),
                         roles: [.chair(sentence(&random, 2...4))], serves: [id])
        let item = Item(.priority, id, title, label: "Priority \(number)", number: number, principles: principles, domains: [domain.id]) { content }
        return Section(id: ID(rawValue: "priority-\(number)"), heading: "Priority \(number)", content: [.body(group), .item(item)])
    }

    /// The board: a chair, members, quarterly meetings, and young people on it in place, planned or not at all.
    static func board(_ random: inout SplitMix) -> Body {
        var roles: [Role] = [.chair(sentence(&random, 3...6))]
        switch random.int(0...2) {
        case 0: roles.append(.member("young people from the Children in Care Council"))
        case 1: roles.append(.member("young people from the Children in Care Council", status: .planned, wording: "will join the board"))
        default: break
        }
        return Body(.board, "corporate-parenting-board", "Corporate Parenting Board", roles: roles,
                    members: (0..<random.int(3...12)).map { _ in sentence(&random, 2...5) }, meets: .quarterly)
    }

    /// The children in care council and its one to three age groups, which meet monthly.
    static func childrenInCareCouncil(_ random: inout SplitMix) -> Body {
        let groups: [Entry] = (1...random.int(1...3)).map { group in
            let low = random.int(5...14)
            return .body(Body(.youthGroup, ID(rawValue: "youth-group-\(group)"), sentence(&random, 2...4),
                              ages: .between(low, low + random.int(3...8)), meets: .monthly))
        }
        return Body(.youthGroup, "children-in-care-council", "Children in Care Council") { groups }
    }
}
