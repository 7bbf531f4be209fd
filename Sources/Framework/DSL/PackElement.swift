/// One thing written at the top level of a council's pack.
///
/// You rarely write these by hand: the DSL's types (``Priority``, ``Vision``, ``Board``, ...) become pack
/// elements inside an ``AuthorityPack`` builder.
public enum PackElement: SectionPlaceable, Sendable {
    /// The strategy document's title and dates.
    case strategy(Strategy)
    /// The strategy's vision.
    case vision(Statement)
    /// The strategy's mission.
    case mission(Statement)
    /// One of the strategy's values.
    case value(Statement)
    /// One of the council's own principles.
    case localPrinciple(Statement)
    /// Someone who signs the document.
    case signatory(Signatory)
    /// What children and young people say, as quoted.
    case voice(Statement)
    /// A challenge for the strategy as a whole.
    case challenge(Statement)
    /// Legislation or guidance the document lists.
    case legislation(Statement)
    /// A priority.
    case priority(Priority)
    /// An objective.
    case objective(Objective)
    /// A strategy-wide measure or reported figure.
    case measure(Measure)
    /// A pledge or promise.
    case pledge(Pledge)
    /// A working group or similar.
    case workingGroup(WorkingGroup)
    /// The board.
    case board(Board)
    /// A youth participation group.
    case participation(ParticipationGroup)
    /// Another governance arrangement.
    case arrangement(Statement)
    /// A cohort figure.
    case cohort(CohortFigure)
    /// An item of the local offer.
    case localOffer(Statement)
    /// A list of expectations of corporate parents.
    case expectations(ExpectationSet)
    /// A self-contradiction, with its statements' own sources (sections do not prefix them).
    case inconsistency(Inconsistency)

    /// A copy whose sources are prefixed with `section`.
    public func placed(in section: String) -> PackElement {
        switch self {
        case .strategy(let item): .strategy(item.placed(in: section))
        case .vision(let item): .vision(item.placed(in: section))
        case .mission(let item): .mission(item.placed(in: section))
        case .value(let item): .value(item.placed(in: section))
        case .localPrinciple(let item): .localPrinciple(item.placed(in: section))
        case .signatory(let item): .signatory(item.placed(in: section))
        case .voice(let item): .voice(item.placed(in: section))
        case .challenge(let item): .challenge(item.placed(in: section))
        case .legislation(let item): .legislation(item.placed(in: section))
        case .priority(let item): .priority(item.placed(in: section))
        case .objective(let item): .objective(item.placed(in: section))
        case .measure(let item): .measure(item.placed(in: section))
        case .pledge(let item): .pledge(item.placed(in: section))
        case .workingGroup(let item): .workingGroup(item.placed(in: section))
        case .board(let item): .board(item.placed(in: section))
        case .participation(let item): .participation(item.placed(in: section))
        case .arrangement(let item): .arrangement(item.placed(in: section))
        case .cohort(let item): .cohort(item.placed(in: section))
        case .localOffer(let item): .localOffer(item.placed(in: section))
        case .expectations(let item): .expectations(item.placed(in: section))
        case .inconsistency: self
        }
    }
}
