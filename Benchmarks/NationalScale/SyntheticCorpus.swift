import CorporateParenting
import CPSKit

/// A deterministic synthetic corpus shaped like the real one: authority packs with priorities, commitments,
/// outcomes, measures with observations, pledges, working groups, a board and youth groups; and a DfE-layout CSV.
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

    /// The DfE code of the `index`th of 155 synthetic authorities.
    static func dfeCode(_ index: Int) -> String { String(100 + index % 155) }

    /// Pack number `index`, its shape drawn from `seed`.
    static func pack(_ index: Int, seed: UInt64 = 2026) -> AuthorityPack {
        var random = SplitMix(seed: seed &+ UInt64(index) &* 7919)
        let framework = OutcomeFramework.standard
        let id = "synthetic-\(index)"
        var pack = AuthorityPack(id: id, name: "Synthetic Council \(index)", codes: AuthorityCodes(ons: "E06\(String(100_000 + index % 155).suffix(6))", dfe: dfeCode(index)),
                                 region: regions[index % 155 % regions.count], strategy: Strategy(title: "Corporate Parenting Strategy", source: "Cover"))
        let start = random.int(2018...2025)
        pack.strategy.period = .years(start, start + random.int(2...4))
        pack.strategy.vision = Statement(sentence(&random, 20...40), source: "Our vision")
        pack.strategy.values = (0..<random.int(3...6)).map { _ in Statement(sentence(&random, 8...18), source: "Our values") }
        let domains = framework.domains
        pack.priorities = (0..<random.int(4...7)).map { number in
            let domain = domains[(number + index) % domains.count]
            let section = "Priority \(number + 1)"
            let measures = framework.measures.filter { $0.domain == domain.id }
            return Priority(
                id: "priority-\(number + 1)", number: number + 1, title: sentence(&random, 3...8),
                aim: Statement(sentence(&random, 15...35), source: section),
                principles: Array(Set([random.pick(domain.principles), random.int(1...7)])).sorted(), domains: [domain.id],
                commitments: (0..<random.int(3...8)).map { _ in Commitment(text: sentence(&random, 8...22), kind: random.pick(CommitmentKind.allCases), source: section) },
                outcomes: (0..<random.int(1...2)).map { outcome in
                    Outcome(id: "priority-\(number + 1)-outcome-\(outcome + 1)", statement: sentence(&random, 6...15),
                            measures: (0..<random.int(1...2)).map { m in
                                let standard = measures.isEmpty || random.int(0...3) == 0 ? nil : random.pick(measures)
                                return Measure(
                                    id: "m-\(number + 1)-\(outcome + 1)-\(m + 1)", title: sentence(&random, 4...10), standardMeasure: standard?.id,
                                    unit: .percent, target: random.int(0...1) == 0 ? nil : Target(value: Double(random.int(60...100)), unit: .percent, wording: "A target."),
                                    observations: (0..<random.int(0...2)).map { _ in
                                        Observation(value: Double(random.int(0...1000)) / 10, unit: .percent, scope: random.pick([Scope.authority, .england, .region]),
                                                    period: String(random.int(2018...2025)), source: section)
                                    },
                                    source: section)
                            },
                            source: section)
                },
                partners: (0..<random.int(0...4)).map { _ in sentence(&random, 1...3) },
                source: section
            )
        }
        pack.pledges = [Pledge(id: "pledge", title: "Our Promise", promises: (0..<random.int(4...10)).map { _ in Promise(text: sentence(&random, 5...12), source: "Our Promise") }, source: "Our Promise")]
        pack.workingGroups = pack.priorities.map { priority in
            WorkingGroup(id: "group-\(priority.id)", name: sentence(&random, 2...4), chair: sentence(&random, 2...4), priorities: [priority.id], source: priority.source)
        }
        pack.governance = Governance(
            board: Board(name: "Corporate Parenting Board", chair: sentence(&random, 3...6), meetingFrequency: "quarterly", meetingsPerYear: 4,
                         members: (0..<random.int(3...12)).map { _ in sentence(&random, 2...5) }, youngPeopleOnBoard: random.int(0...1) == 1, source: "Governance"),
            participation: (0..<random.int(1...3)).map { group in
                let low = random.int(5...14)
                return ParticipationGroup(id: "group-\(group)", name: sentence(&random, 2...4), ageRange: .between(low, low + random.int(3...8)), meetingFrequency: "monthly", meetingsPerYear: 12, source: "Governance")
            }
        )
        pack.expectations = [ExpectationSet(title: "Responsibilities", items: (0..<random.int(4...8)).map { _ in sentence(&random, 8...16) }, source: "Responsibilities")]
        pack.cohort = [CohortFigure(group: "children in care", count: random.int(100...2000), source: "Introduction")]
        return pack
    }

    /// A DfE-layout tidy CSV: 155 authorities, their 9 regions and England, over `years` years, for `series` series of
    /// the health-outcomes layout (the first six are the standard measures' series; the rest other breakdowns).
    static func csv(years: Int = 10, series count: Int = 30, seed: UInt64 = 2025) -> [UInt8] {
        var random = SplitMix(seed: seed)
        var series: [(String, String)] = [
            ("Health assessments: Children looked after all ages", "Had their annual health assessment"),
            ("Health assessments: Children looked after all ages", "Had their teeth checked by a dentist"),
            ("Health assessments: Children looked after all ages", "Had their immunisations up to date"),
            ("Development assessments: Children looked after ages 0 to 4 years", "Development assessments up to date"),
            ("Ages 5 to 16 years with SDQ score", "SDQ score was received"),
            ("Convictions: Children looked after Ages 10 to 17 years", "Convicted or subject to youth cautions, or youth conditional cautions during the year"),
        ]
        while series.count < count { series.append(("Other characteristic \(series.count)", "Breakdown, with a comma \(series.count)")) }
        var text = "\u{FEFF}time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,characteristic,breakdown,children_count,children_percent\n"
        for year in (2026 - years)...2025 {
            for (characteristic, breakdown) in series {
                let quoted = breakdown.contains(",") ? "\"\(breakdown)\"" : breakdown
                text += "\(year),Reporting year,National,E92000001,England,,,,,,\(characteristic),\(quoted),\(random.int(1000...90000)),\(random.int(50...99))\n"
                for (r, region) in regions.enumerated() {
                    text += "\(year),Reporting year,Regional,E92000001,England,E1200000\(r + 1),\(region),,,,\(characteristic),\(quoted),\(random.int(100...9000)),\(random.int(50...99))\n"
                }
                for la in 0..<155 {
                    let value = random.int(0...20) == 0 ? random.pick(["c", "z", "x", "k"]) : String(random.int(40...100))
                    let name = la % 17 == 0 ? "\"Authority \(la), City of\"" : "Authority \(la)"
                    text += "\(year),Reporting year,Local authority,E92000001,England,E1200000\(la % regions.count + 1),\(regions[la % regions.count]),\(dfeCode(la)),\(name),E06\(String(100_000 + la).suffix(6)),\(characteristic),\(quoted),\(random.int(10...900)),\(value)\n"
                }
            }
        }
        return Array(text.utf8)
    }

    /// Statistical neighbours for the synthetic authorities: the ten following codes.
    static func neighbours() -> StatisticalNeighbours {
        StatisticalNeighbours(model: "synthetic", lists: Dictionary(uniqueKeysWithValues: (0..<155).map { la in
            (dfeCode(la), (1...10).map { dfeCode(la + $0) })
        }))
    }
}
