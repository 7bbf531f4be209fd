import CorporateParenting

/// Whether, and how, one strategy covers one principle, domain or standard measure: which kinds of entry stand
/// behind it, each stated or judged, and the level they reach.
///
/// The level is the strongest kind present (see ``CoverageLevel``); how many entries there are never changes it.
/// ``statedLevel`` is the level reached by what the document itself states, so a cell whose coverage rests only on
/// the encoder's judgement has a level above ``CoverageLevel/notCovered`` and a stated level of `notCovered`.
public struct CoverageCell: Codable, Equatable, Sendable {
    /// The strongest kind of entry behind it, stated or judged.
    public var level: CoverageLevel
    /// The strongest kind of entry behind it by a mapping the document states.
    public var statedLevel: CoverageLevel
    /// The kinds present, weakest first.
    public var kinds: [CoverageKindEntry]

    /// An empty cell.
    public static let empty = CoverageCell(level: .notCovered, statedLevel: .notCovered, kinds: [])

    /// Creates a cell from the kinds present; the levels follow from them.
    public init(kinds: [CoverageKindEntry]) {
        self.kinds = kinds.sorted { $0.kind.position < $1.kind.position }
        level = kinds.map(\.kind.level).max() ?? .notCovered
        statedLevel = kinds.filter { $0.basis == .stated }.map(\.kind.level).max() ?? .notCovered
    }

    init(level: CoverageLevel, statedLevel: CoverageLevel, kinds: [CoverageKindEntry]) {
        self.level = level
        self.statedLevel = statedLevel
        self.kinds = kinds
    }

    /// Whether nothing in the strategy covers it.
    public var isEmpty: Bool { level == .notCovered }

    /// Whether it is covered, but only by the encoder's judgements.
    public var isJudgedOnly: Bool { !isEmpty && statedLevel == .notCovered }

    /// The entry for `kind`, when that kind is present.
    public func entry(_ kind: CoverageKind) -> CoverageKindEntry? {
        kinds.first { $0.kind == kind }
    }

    /// How many monitored metrics stand behind it.
    public var metrics: Int { (entry(.metric)?.count ?? 0) + (entry(.targetedMetric)?.count ?? 0) }

    /// How many of those metrics have a target or a baseline.
    public var metricsWithTarget: Int { entry(.targetedMetric)?.count ?? 0 }
}
