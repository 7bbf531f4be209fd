import CorporateParenting

/// One line of `cps list`: who the authority is and how much its strategy holds.
public struct AuthoritySummary: Codable, Sendable {
    /// The pack's id.
    public var id: String
    /// The council's name.
    public var name: String
    /// Its region.
    public var region: String?
    /// Its ONS and DfE codes.
    public var codes: AuthorityCodes
    /// The strategy's title.
    public var title: String
    /// The strategy's period.
    public var period: StrategyPeriod
    /// How many priorities the document names.
    public var priorities: Int
    /// How many objectives.
    public var objectives: Int
    /// How many commitments under them.
    public var commitments: Int
    /// How many measures and reported figures.
    public var measures: Int
    /// How many pledges.
    public var pledges: Int
    /// How many working groups and similar.
    public var workingGroups: Int
    /// How often the board meets, in the document's words.
    public var boardMeets: String?
    /// Where it was loaded from ("built-in" or a path).
    public var origin: String

    /// Summarises a loaded authority.
    public init(_ authority: LoadedAuthority) {
        let pack = authority.pack
        id = pack.id
        name = pack.name
        region = pack.region
        codes = pack.codes
        title = pack.strategy.title
        period = pack.strategy.period
        priorities = pack.priorities.count
        objectives = pack.objectives.count
        commitments = pack.commitmentCount
        measures = pack.measureCount
        pledges = pack.pledges.count
        workingGroups = pack.workingGroups.count
        boardMeets = pack.governance.board?.meetingFrequency
        origin = authority.origin.shortDescription
    }
}
