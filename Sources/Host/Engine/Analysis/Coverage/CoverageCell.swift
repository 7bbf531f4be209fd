/// How one strategy covers one principle, domain or standard measure.
public struct CoverageCell: Codable, Equatable, Sendable {
    /// Top-level items behind it (the document's priorities, outcomes, themes or pledges).
    public var priorities: Int
    /// Items under those behind it (objectives, key actions...).
    public var objectives: Int
    /// Actions under those items, their sub-items' included, each counted once.
    public var commitments: Int
    /// Metrics the strategy monitors behind it.
    public var measures: Int
    /// Of those measures, how many have a target.
    public var targets: Int
    /// The ids of the items behind it.
    public var items: [String]

    /// An empty cell.
    public static let empty = CoverageCell(priorities: 0, objectives: 0, commitments: 0, measures: 0, targets: 0, items: [])

    /// Whether nothing in the strategy covers it.
    public var isEmpty: Bool { priorities + objectives + measures == 0 }

    /// Everything behind it, for shading a heatmap.
    public var weight: Int { priorities + objectives + commitments + measures }

    /// "2 · 14 · 3" (items, actions, metrics, joined by non-breaking spaces so the cell never wraps), or ""
    /// when empty.
    public var compact: String {
        isEmpty ? "" : "\(priorities + objectives)\u{00A0}·\u{00A0}\(commitments)\u{00A0}·\u{00A0}\(measures)"
    }
}
