/// An action plan published separately from the strategy it delivers, attached to that strategy's pack: its own
/// document record (title, period, dates, capture) and its own outline, in the plan's order.
///
/// Its rows are ``Action``s with the owner, timeline, expected outcome, links and status the plan prints, placed
/// in its sections like any other entry, so `cps show` reads the plan as the plan is printed and analyses see its
/// actions beside the strategy's.
public struct ActionPlan: Codable, Equatable, Sendable {
    /// The plan as a document.
    public var document: StrategyDocument
    /// Its outline: its top-level sections in order.
    public var sections: [Section]

    /// Creates a plan.
    public init(document: StrategyDocument, sections: [Section] = []) {
        self.document = document
        self.sections = sections
    }
}
