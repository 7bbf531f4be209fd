import CorporateParenting

/// What a gap rule found, as data; ``GapSentence`` words it. Cases that summarise (items, metrics, actions) hold
/// every entry, so a longer document gives one longer finding, never more findings.
public enum GapFinding: Codable, Equatable, Sendable {
    /// Nothing in the strategy (item, action, pledge, metric, body, local principle) serves the principle.
    case principleUnserved(principle: Int, text: String)
    /// Nothing in the strategy serves the domain.
    case domainUnserved(domain: DomainID, title: String, quoted: Int)
    /// Something serves the domain, but no metric the strategy monitors evidences it.
    case domainWithoutMeasure(domain: DomainID, title: String, quoted: Int)
    /// Items with no metric the strategy monitors under them, of `of` items.
    case itemsWithoutMeasure(items: [ItemNote], of: Int)
    /// Metrics the strategy monitors with neither a target nor a baseline, of `of` monitored metrics.
    case metricsWithoutTarget(metrics: [MetricNote], of: Int)
    /// Actions the strategy commits to without an owner, or without a timescale, of `of` such actions.
    case actionsWithoutOwnerOrTimescale(withoutOwner: Int, withoutTimescale: Int, of: Int, examples: [String])
    /// The document does not state when the strategy starts.
    case periodStartNotStated
    /// The document does not state when the strategy ends.
    case periodEndNotStated
    /// The strategy's period ended before the date of the check.
    case periodEnded(end: PartialDate, asOf: PartialDate)
    /// The strategy's review date passed before the date of the check.
    case reviewDatePassed(review: PartialDate, asOf: PartialDate)
    /// The document does not state when the strategy will be reviewed.
    case noReviewDate
    /// The document makes no pledge or promise to children and care leavers.
    case noPledge
    /// The document names a pledge, promise or charter (each title as cited) but does not set out its promises.
    case pledgeNamedOnly(names: [String])
    /// The document does not mention the care leavers' local offer.
    case noLocalOffer
    /// The document describes no corporate parenting board.
    case noBoard
    /// The board is given as planned or proposed, not in place.
    case boardNotInPlace(board: String, status: FactStatus)
    /// The document does not say who chairs the board.
    case chairNotStated(board: String)
    /// The document names the board's chairs only as planned or proposed.
    case chairNotInPlace(board: String, chairs: [StatusNote])
    /// The document does not say how often the board meets.
    case meetingsNotStated(board: String)
    /// The document does not say whether young people sit on the board.
    case youngPeopleNotStated(board: String)
    /// Young people on the board are planned or proposed, not in place.
    case youngPeopleNotInPlace(board: String, status: FactStatus)
    /// The document names no youth participation group.
    case noYouthGroup
    /// The document names youth participation groups only as not in place.
    case youthGroupsNotInPlace(groups: [StatusNote])
    /// The document does not say the ages these youth groups cover.
    case agesNotStated(groups: [String])
    /// The document gives a body as unresolved.
    case bodyUnresolved(body: String)
    /// The document gives these roles of a body as unresolved.
    case rolesUnresolved(body: String, roles: [Role])
    /// The document contradicts itself about its governance.
    case governanceContradicted(topic: String)
    /// The document contradicts itself about something other than its governance.
    case inconsistency(topic: String)
    /// The pack does not capture the whole document.
    case partialCapture(PartialCapture)
}
