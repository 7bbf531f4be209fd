/// How far a strategy goes for one principle, domain or standard measure: the strongest kind of entry behind a
/// coverage cell, never how many entries there are.
///
/// The scale is ordinal, from ``notCovered`` to ``measured``; each level names what the document must hold to reach
/// it (see ``CoverageKind/level``). A strategy with one priority and one action with an owner is at the same level as
/// one with five priorities and thirty such actions.
public enum CoverageLevel: String, Codable, CaseIterable, Comparable, Sendable {
    /// Nothing in the strategy covers it.
    case notCovered
    /// Only items, bodies or local principles serve it: the strategy names it but commits to nothing under it.
    case named
    /// A metric the strategy monitors serves it, with no target or baseline, and no action or pledge does.
    case monitored
    /// An action or pledge serves it (the strategy commits to something), but no action has an owner or timescale
    /// and no metric a target or baseline.
    case committed
    /// An action with an owner or a timescale serves it.
    case assigned
    /// A monitored metric with a target or a baseline serves it.
    case measured

    /// Its place on the scale, from 0 (not covered) to 5 (measured).
    public var rank: Int {
        switch self {
        case .notCovered: 0
        case .named: 1
        case .monitored: 2
        case .committed: 3
        case .assigned: 4
        case .measured: 5
        }
    }

    /// Orders by ``rank``.
    public static func < (lhs: CoverageLevel, rhs: CoverageLevel) -> Bool { lhs.rank < rhs.rank }
}
