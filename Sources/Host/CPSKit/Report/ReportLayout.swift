import CPSEngine
/// How much of each strategy the report shows.
///
/// Side by side, a column per strategy reads well for a region's councils; past a dozen columns it does not, and a
/// national run of a thousand strategies would make a page of hundreds of megabytes. So over
/// ``detailedLimit`` strategies the report turns compact: a row per strategy in every section, coverage as
/// summary charts, key facts in place of the full comparison, gap counts, and each strategy's three nearest in
/// place of the similarity matrix. `cps compare`, `cps gaps` and `cps similarity <id>` give any one in full.
public enum ReportLayout: String, Codable, Sendable {
    /// A column per strategy: heatmaps, the full comparison, every gap, the similarity matrix, charts per measure.
    case detailed
    /// A row per strategy: summary charts, key facts, gap counts, nearest strategies, benchmark tables.
    case compact

    /// The most strategies the detailed layout shows.
    public static let detailedLimit = 12

    /// The layout for a report on `count` strategies.
    public static func forCount(_ count: Int) -> ReportLayout {
        count > detailedLimit ? .compact : .detailed
    }
}
