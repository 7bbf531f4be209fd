import CorporateParenting

/// What `cps render` writes: a readable strategy document generated from a pack, so a council that writes a pack
/// gets a publishable draft (vision, principles, priorities with commitments and measures, pledges, governance,
/// working groups and a measures scorecard).
public struct StrategyDocumentView: Renderable {
    /// The pack.
    public var pack: AuthorityPack
    /// The framework, for the statutory principles' wording and the domains' names.
    public var framework: OutcomeFramework

    /// Encodes as the pack.
    public func encode(to encoder: any Encoder) throws { try pack.encode(to: encoder) }

    /// The strategy as a document.
    public func document() -> Document {
        var blocks: [Block] = [.paragraph(pack.name + (pack.strategy.subtitle.map { ": \($0)" } ?? ""))]
        blocks += introduction
        blocks += principles
        blocks += [.heading("Our priorities", level: 1)] + pack.priorities.flatMap(priority)
        if !pack.objectives.isEmpty { blocks += [.heading("Our objectives", level: 1)] + pack.objectives.flatMap(priority) }
        blocks += pledges
        blocks += governance
        blocks += scorecard
        blocks += closing
        let period = pack.strategy.period
        let years = period.start == nil && period.end == nil ? "" : " \(period.compact)"
        return Document(title: pack.strategy.title + years, blocks: blocks)
    }

    var introduction: [Block] {
        let strategy = pack.strategy
        var blocks: [Block] = []
        if let vision = strategy.vision { blocks += [.heading("Our vision", level: 1), .paragraph(vision.text)] }
        if let mission = strategy.mission { blocks += [.heading("Our mission", level: 1), .paragraph(mission.text)] }
        if !strategy.voices.isEmpty {
            blocks += [.heading("What children and young people tell us", level: 1), .list(strategy.voices.map { "“\($0.text)”" })]
        }
        if !strategy.values.isEmpty { blocks += [.heading("Our values", level: 1), .list(strategy.values.map(\.text))] }
        if !strategy.challenges.isEmpty { blocks += [.heading("Why we need this strategy", level: 1), .list(strategy.challenges.map(\.text))] }
        if !pack.cohort.isEmpty {
            blocks += [.heading("The children and young people we care for", level: 1), .list(pack.cohort.map { figure in
                (figure.qualifier.map { $0.prefix(1).uppercased() + $0.dropFirst() + " " } ?? "") + NumberFormat.plain(Double(figure.count)) + " " + figure.group
                    + (figure.asAt.map { " (as at \($0))" } ?? figure.period.map { " (\($0))" } ?? "")
            })]
        }
        return blocks
    }

    var principles: [Block] {
        var blocks: [Block] = [
            .heading("The corporate parenting principles", level: 1),
            .paragraph("As corporate parents we have regard to the seven principles of the Children and Social Work Act 2017, section 1(1):"),
            .list(framework.principles.map { "\($0.number). \($0.text.prefix(1).uppercased())\($0.text.dropFirst())." }),
        ]
        if !pack.strategy.localPrinciples.isEmpty {
            blocks += [.paragraph("We also hold ourselves to these principles of our own:"), .list(pack.strategy.localPrinciples.map(\.text))]
        }
        return blocks
    }

    func priority(_ item: any StrategyItem) -> [Block] {
        var blocks: [Block] = [.heading(item.number.map { "\($0). \(item.title)" } ?? item.title, level: 2)]
        let aim = (item as? Priority)?.aim ?? (item as? Objective)?.aim
        let vision = (item as? Priority)?.vision ?? (item as? Objective)?.vision
        if let aim { blocks.append(.paragraph(aim.text)) }
        if let vision { blocks.append(.paragraph(vision.text)) }
        let domains = Self.conjoined(item.domains.map { "“\(framework.domain($0)?.title ?? $0.rawValue)”" })
        blocks.append(.note("This serves \(item.principles.count == 1 ? "principle" : "principles") \(Self.conjoined(item.principles.map(String.init))) and the \(item.domains.count == 1 ? "domain" : "domains") \(domains)."))
        let challenges = (item as? Priority)?.challenges ?? (item as? Objective)?.challenges ?? []
        if !challenges.isEmpty { blocks += [.heading("The challenge", level: 3), .list(challenges.map(\.text))] }
        for kind in [CommitmentKind.aim, .improvement, .action, .practice] {
            let commitments = item.commitments.filter { $0.kind == kind }
            guard !commitments.isEmpty else { continue }
            blocks += [.heading(kind.documentHeading, level: 3), .list(commitments.map(\.text))]
        }
        if !item.outcomes.isEmpty || !item.measures.isEmpty {
            blocks.append(.heading("How we will know we are making a difference", level: 3))
            blocks.append(.list(item.outcomes.map { outcome in
                ([outcome.statement] + outcome.measures.map { "Measured by: " + measureSentence($0) }).joined(separator: "\n")
            } + item.measures.map { "Measured by: " + measureSentence($0) }))
        }
        let partners = (item as? Priority)?.partners ?? (item as? Objective)?.partners ?? []
        if !partners.isEmpty { blocks.append(.paragraph("Working with: \(partners.joined(separator: "; ")).")) }
        let groups = pack.workingGroups.filter { $0.priorities.contains(item.id) }
        if !groups.isEmpty {
            blocks.append(.paragraph("Led by: " + groups.map { $0.name + ($0.chair.map { ", chaired by \($0)" } ?? "") }.joined(separator: "; ") + "."))
        }
        return blocks
    }

    func measureSentence(_ measure: Measure) -> String {
        var text = measure.title
        if let target = measure.target { text += " (target: \(target.value.map { NumberFormat.withUnit($0, target.unit) } ?? target.direction?.rawValue ?? target.wording))" }
        return text
    }

    var pledges: [Block] {
        guard !pack.pledges.isEmpty else { return [] }
        var blocks: [Block] = [.heading("Our pledges to you", level: 1)]
        for pledge in pack.pledges {
            blocks.append(.heading(pledge.title, level: 2))
            if let summary = pledge.summary { blocks.append(.paragraph(summary)) }
            if !pledge.promises.isEmpty {
                blocks.append(.list(pledge.promises.map { ([$0.text] + $0.details.map { "· " + $0 }).joined(separator: "\n") }))
            }
        }
        return blocks
    }

    var governance: [Block] {
        var blocks: [Block] = [.heading("How the strategy is governed", level: 1)]
        if let board = pack.governance.board {
            var sentence = "The \(board.name)"
            if let chair = board.chair { sentence += ", chaired by the \(chair)," }
            else if !board.coChairs.isEmpty { sentence += ", co-chaired by \(Self.conjoined(board.coChairs))," }
            sentence += board.meetingFrequency.map { " meets \($0) and" } ?? ""
            sentence += " oversees this strategy."
            blocks.append(.paragraph(sentence))
            if board.youngPeopleCoChair == true { blocks.append(.paragraph("A young person co-chairs the board.")) }
            else if board.youngPeopleOnBoard == true { blocks.append(.paragraph("Young people sit on the board.")) }
            if !board.responsibilities.isEmpty { blocks += [.heading("What the board does", level: 3), .list(board.responsibilities)] }
            if !board.members.isEmpty { blocks += [.heading("Who sits on the board", level: 3), .list(board.members)] }
        }
        if !pack.governance.participation.isEmpty {
            blocks.append(.heading("Children and young people's voice", level: 2))
            blocks.append(.list(pack.governance.participation.map { group in
                var details: [String] = []
                if let ages = group.ageRange { details.append("ages \(ages)") }
                if let frequency = group.meetingFrequency { details.append("meets \(frequency)") }
                return group.name + (details.isEmpty ? "" : " (\(details.joined(separator: "; ")))") + (group.description.map { ": \($0)" } ?? "")
            }))
        }
        if !pack.workingGroups.isEmpty {
            blocks.append(.heading("Working groups", level: 2))
            let titles = Dictionary(pack.items.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            blocks.append(.table(Table(columns: ["Group", "Chair", "Drives"], rows: pack.workingGroups.map { group in
                [group.name, group.chair ?? "", group.priorities.map { titles[$0] ?? $0 }.joined(separator: "; ")]
            })))
        }
        if !pack.governance.arrangements.isEmpty { blocks.append(.list(pack.governance.arrangements.map(\.text))) }
        return blocks
    }

    var scorecard: [Block] {
        let measures = pack.allMeasures.filter { $0.measure.purpose == .monitor }
        guard !measures.isEmpty else { return [] }
        let titles = Dictionary(pack.items.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let rows = measures.map { placed -> [String] in
            let measure = placed.measure
            let latest = measure.observations.last { $0.scope == .authority }
            return [
                measure.title,
                placed.itemID.flatMap { titles[$0] } ?? "The whole strategy",
                measure.baseline.map { $0.value.map { NumberFormat.withUnit($0, measure.baseline?.unit) } ?? $0.wording } ?? "",
                measure.target.map { $0.value.map { NumberFormat.withUnit($0, measure.target?.unit) } ?? $0.direction?.rawValue ?? $0.wording } ?? "",
                latest.map { NumberFormat.withUnit($0.value, $0.unit) + ($0.period.map { " (\($0))" } ?? "") } ?? "",
            ]
        }
        return [
            .heading("Measures scorecard", level: 1),
            .table(Table(columns: ["Measure", "Priority", "Baseline", "Target", "Latest figure"], rows: rows)),
        ]
    }

    var closing: [Block] {
        var blocks: [Block] = []
        if !pack.localOffer.isEmpty { blocks += [.heading("Our local offer to care leavers", level: 1), .list(pack.localOffer.map(\.text))] }
        for set in pack.expectations {
            blocks += [.heading(set.title, level: 1)] + (set.audience.map { [.paragraph("For \($0).")] } ?? []) + [.list(set.items)]
        }
        if !pack.strategy.legislation.isEmpty {
            blocks += [.heading("Legislation and guidance", level: 1), .list(pack.strategy.legislation.map(\.text))]
        }
        blocks.append(.note("Drafted by cps from the \(pack.name) pack. `cps show \(pack.id)` gives the section of the original document every item comes from."))
        return blocks
    }

    /// "a", "a and b", "a, b and c".
    static func conjoined(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}

extension CommitmentKind {
    /// The heading a published document puts over commitments of this kind.
    var documentHeading: String {
        switch self {
        case .aim: "Our key actions"
        case .improvement: "What we need to improve"
        case .action: "We will"
        case .practice: "What this means in practice"
        }
    }
}
