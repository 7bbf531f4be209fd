/// A kind of entry that can stand behind a coverage cell.
///
/// Kinds say how a strategy covers something, not how much of it there is: a cell records which kinds are present.
/// The order of the cases is the order a cell lists them in, weakest first.
public enum CoverageKind: String, Codable, CaseIterable, Sendable {
    /// An item at the top of the document's structure: a priority, outcome or theme.
    case topItem
    /// An item under another one: an objective or a key action.
    case subItem
    /// A principle of the council's own mapped to it.
    case localPrinciple
    /// A board, working group, youth group or other body that serves it.
    case body
    /// A pledge (an item at level `pledge`) or a promise (an action of kind `promise`).
    case pledge
    /// An action with neither an owner nor a timescale (a timeline or a due date).
    case action
    /// An action with an owner, a timeline or a due date.
    case assignedAction
    /// A metric the strategy monitors, with neither a target nor a baseline.
    case metric
    /// A metric the strategy monitors, with a target or a baseline.
    case targetedMetric

    /// The level this kind of entry brings a cell to on its own.
    public var level: CoverageLevel {
        switch self {
        case .topItem, .subItem, .localPrinciple, .body: .named
        case .metric: .monitored
        case .pledge, .action: .committed
        case .assignedAction: .assigned
        case .targetedMetric: .measured
        }
    }

    /// Its place in ``allCases`` (a switch, since `allCases` makes a new array each time it is read).
    var position: Int {
        switch self {
        case .topItem: 0
        case .subItem: 1
        case .localPrinciple: 2
        case .body: 3
        case .pledge: 4
        case .action: 5
        case .assignedAction: 6
        case .metric: 7
        case .targetedMetric: 8
        }
    }
}
