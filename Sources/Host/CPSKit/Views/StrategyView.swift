import CorporateParenting

/// What `cps show` prints: one council's strategy, section by section, as its document sets it out.
///
/// JSON is the pack itself; CSV is every item on one row with its source (see ``itemsTable``).
public struct StrategyView: Renderable {
    /// The council's pack.
    public var pack: AuthorityPack
    /// Where it was loaded from.
    public var origin: AuthorityOrigin
    /// The framework, for principles' and domains' names.
    public var framework: OutcomeFramework

    /// Shows a loaded authority.
    public init(_ authority: LoadedAuthority, framework: OutcomeFramework) {
        pack = authority.pack
        origin = authority.origin
        self.framework = framework
    }

    /// Encodes as the pack.
    public func encode(to encoder: any Encoder) throws {
        try pack.encode(to: encoder)
    }

    /// The strategy, section by section.
    public func document() -> Document {
        var blocks: [Block] = [.fields(overview)]
        blocks += strategyBlocks
        blocks += prioritiesBlocks
        blocks += objectivesBlocks
        blocks += pledgesBlocks
        blocks += governanceBlocks
        blocks += measuresBlocks
        blocks += cohortBlocks
        blocks += expectationsBlocks
        blocks += legislationBlocks
        blocks += inconsistencyBlocks
        let period = pack.strategy.period.display
        return Document(
            title: "\(pack.name): \(pack.strategy.title) (\(period))",
            blocks: blocks,
            csvTable: itemsTable
        )
    }

    var overview: [Field] {
        var fields = [Field("Id", pack.id), Field("Council", pack.name)]
        if let region = pack.region { fields.append(Field("Region", region)) }
        let codes = [pack.codes.ons.map { "ONS \($0)" }, pack.codes.dfe.map { "DfE \($0)" }].compactMap { $0 }
        if !codes.isEmpty { fields.append(Field("Codes", codes.joined(separator: ", "))) }
        fields.append(Field("Strategy", pack.strategy.title))
        if let subtitle = pack.strategy.subtitle { fields.append(Field("Subtitle", subtitle)) }
        fields.append(Field("Period", pack.strategy.period.display))
        if let review = pack.strategy.reviewDate { fields.append(Field("Review date", review.description)) }
        if let approved = pack.strategy.approved { fields.append(Field("Approved", approved.description)) }
        if let status = pack.strategy.status { fields.append(Field("Status", status)) }
        if let owner = pack.strategy.owner { fields.append(Field("Responsible", owner)) }
        if let document = pack.strategy.document { fields.append(Field("Document", document)) }
        fields.append(Field("Loaded from", origin.description))
        return fields
    }

    var strategyBlocks: [Block] {
        let strategy = pack.strategy
        var blocks: [Block] = []
        if let vision = strategy.vision {
            blocks += [.heading("Vision", level: 1), .paragraph(vision.text), .note("Source: \(vision.source)")]
        }
        if let mission = strategy.mission {
            blocks += [.heading("Mission", level: 1), .paragraph(mission.text), .note("Source: \(mission.source)")]
        }
        blocks += statements("What children and young people say", strategy.voices)
        blocks += statements("Values", strategy.values)
        blocks += statements("The council's own principles", strategy.localPrinciples)
        blocks += statements("Challenges", strategy.challenges)
        if !strategy.signatories.isEmpty {
            blocks += [
                .heading("Signed by", level: 1),
                .list(strategy.signatories.map { [$0.name, $0.role].compactMap { $0 }.joined(separator: ", ") }),
            ]
        }
        return blocks
    }

    /// A heading and a list of statements, with their sources noted once when they share one.
    func statements(_ heading: String, _ items: [Statement], level: Int = 1) -> [Block] {
        guard !items.isEmpty else { return [] }
        return [.heading("\(heading) (\(items.count))", level: level), .list(items.map(\.text))] + sourceNote(items.map(\.source))
    }

    func sourceNote(_ sources: [String]) -> [Block] {
        let distinct = sources.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard !distinct.isEmpty else { return [] }
        return [.note((distinct.count == 1 ? "Source: " : "Sources: ") + distinct.joined(separator: "; "))]
    }

    func principleNames(_ numbers: [Int]) -> String {
        numbers.map { number in
            framework.principle(number).map { "\(number) \($0.shortTitle)" } ?? "\(number) (unknown)"
        }.joined(separator: "; ")
    }

    func domainNames(_ ids: [DomainID]) -> String {
        ids.map { framework.domain($0)?.title ?? "\($0.rawValue) (unknown)" }.joined(separator: "; ")
    }
}
