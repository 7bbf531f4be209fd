/// One thing written inside a ``Priority`` or ``Objective``.
public enum PriorityElement: SectionPlaceable, Sendable {
    /// The aim or opening statement.
    case aim(Statement)
    /// The priority's vision.
    case vision(Statement)
    /// A commitment.
    case commitment(Commitment)
    /// An outcome and its measures.
    case outcome(Outcome)
    /// A measure not set against one outcome.
    case measure(Measure)
    /// A challenge the document names.
    case challenge(Statement)
    /// A partner the document names.
    case partner(String)

    /// A copy whose sources are prefixed with `section`.
    public func placed(in section: String) -> PriorityElement {
        switch self {
        case .aim(let item): .aim(item.placed(in: section))
        case .vision(let item): .vision(item.placed(in: section))
        case .commitment(let item): .commitment(item.placed(in: section))
        case .outcome(let item): .outcome(item.placed(in: section))
        case .measure(let item): .measure(item.placed(in: section))
        case .challenge(let item): .challenge(item.placed(in: section))
        case .partner: self
        }
    }
}
