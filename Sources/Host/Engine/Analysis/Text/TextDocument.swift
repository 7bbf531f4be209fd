import CorporateParenting

/// One searchable piece of a strategy: a commitment, pledge, item title, aim or monitored measure, with where the
/// document prints it.
public struct TextDocument: Codable, Equatable, Sendable {
    /// The council whose strategy it is.
    public var authority: AuthorityRef
    /// The strategy's period, which tells two strategies of one council apart beside ``AuthorityRef/id``.
    public var period: StrategyPeriod
    /// What sort of text it is.
    public var kind: TextKind
    /// The pack's id for it (an item's or a metric's), when it has one.
    public var id: String?
    /// Where it stands in the pack's JSON, such as `sections[1].content[0].item.content[3].action`.
    public var path: String
    /// The headings from the top of the document down to the section it is printed in (an attached action plan's
    /// title first).
    public var headings: [String]
    /// The text as printed.
    public var text: String
}
