/// The words benchmark results use for each kind of missing figure, defined once so `cps benchmark`,
/// `cps says-does` and the report say the same thing. DfE's special values keep ``StatValue/described(_:)``.
extension Absent {
    /// A figure the data has no row for (that authority, region or year is not in the files).
    public static let noFigure = "no figure in the data"
    /// A council whose pack has no DfE or ONS code, so no published figure can be found for it.
    public static let noFiguresForCouncil = "no figures for this council"
    /// A region the data has no figure for ("no figure for North West in the data"), or an authority whose
    /// region is not known.
    public static func noRegionFigure(_ region: String?) -> String {
        region.map { "no figure for \($0) in the data" } ?? "region not known"
    }
    /// An authority whose statistical neighbours are not known.
    public static let noNeighbours = "no statistical neighbours known"
    /// An authority whose statistical neighbours are known but none has a figure.
    public static let neighboursWithoutFigures = "no neighbour has a figure"
    /// A measure that is context rather than performance, so is not ranked.
    public static let contextNotRanked = "context, not ranked"
    /// An authority without a figure of its own, so without a rank.
    public static let noFigureToRank = "no figure to rank"
    /// A trend of a single year.
    public static let oneYearOnly = "one year only"
    /// A comparison with England that cannot be made for a context measure.
    public static let contextNotCompared = "context, not compared"

    /// Where the rank would be, when too few authorities have a figure for ranks to mean anything.
    public static func tooFewToRank(_ count: Int, needed: Int) -> String {
        "too few to rank (\(count) \(count == 1 ? "authority" : "authorities") with figures; \(needed) needed)"
    }

    /// The machine-readable status of a figure: `published`, DfE's meaning of its special value (`suppressed`,
    /// `not applicable`, `not available`, ...), or `absent` when the data has no row.
    public static func status(value: Double?, symbol: String?) -> String {
        if value != nil { return "published" }
        if let symbol { return StatValue.symbols[symbol] ?? "not published" }
        return "absent"
    }

    /// A figure for people: the special value's meaning, or ``noFigure``; `nil` when there is a number.
    public static func describe(value: Double?, symbol: String?) -> String? {
        if value != nil { return nil }
        return symbol.map(StatValue.described) ?? noFigure
    }
}

extension Absent {
    /// An authority of a region whose strategy no loaded pack holds.
    public static let noStrategyLoaded = "no strategy loaded"
}
