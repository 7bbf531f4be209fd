import CorporateParenting

/// One measure for one authority in `cps benchmark`: its value beside England's, its region's and its statistical
/// neighbours', its rank and quartile, and its trend.
public struct BenchmarkRow: Codable, Equatable, Sendable {
    /// A year of the trend.
    public struct TrendPoint: Codable, Equatable, Sendable {
        /// The period as DfE writes it.
        public var year: String
        /// The figure, or `nil`.
        public var value: Double?
        /// DfE's special value, when there is no figure.
        public var symbol: String?

        /// Encodes every key, `null` where absent.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(year, forKey: .year)
            try container.encode(value, forKey: .value)
            try container.encode(symbol, forKey: .symbol)
        }
    }

    /// The standard measure.
    public var measure: StandardMeasureID
    /// The id of the authority's module or pack, or `nil` for an authority only in the statistics.
    public var authority: String?
    /// DfE's three-digit code.
    public var dfeCode: String?
    /// The ONS code.
    public var onsCode: String?
    /// The authority's name.
    public var name: String
    /// The period benchmarked.
    public var year: String?
    /// The authority's figure, or `nil`.
    public var value: Double?
    /// DfE's special value when there is no figure (`c`, `z`, `x`, `k`, ...).
    public var symbol: String?
    /// England's figure.
    public var england: Double?
    /// The region's figure.
    public var region: Double?
    /// The mean of the statistical neighbours' figures.
    public var neighboursMean: Double?
    /// The median of the statistical neighbours' figures.
    public var neighboursMedian: Double?
    /// How many neighbours had a figure.
    public var neighbours: Int
    /// The rank among all authorities with a figure (1 = best); `nil` for a neutral measure or when the data does
    /// not cover enough authorities to rank.
    public var rank: Int?
    /// How many authorities were ranked.
    public var of: Int?
    /// The quartile band, A (best) to D.
    public var quartile: String?
    /// Every year in the data.
    public var trend: [TrendPoint]
    /// What the authority's figure is: `published`, `suppressed`, `not applicable`, `not available` (DfE's special
    /// values, as ``StatValue/symbols`` words them) or `absent` (no row in the data).
    public var valueStatus: String = "absent"
    /// Why there is no regional figure; `nil` when there is one.
    public var regionNote: String? = nil
    /// Why there is no neighbours' mean or median; `nil` when there is one.
    public var neighboursNote: String? = nil
    /// Why there is no rank or quartile; `nil` when ranked.
    public var rankNote: String? = nil
    /// `one year only` or `no figure in the data` when the trend cannot show a change; `nil` otherwise.
    public var trendNote: String? = nil
    /// Figures of this row (the year's or the trend's) worth a second look, oldest first: each with its rule, year
    /// and one sentence ending "check the return" (see ``DataQuality``); empty when none is flagged.
    public var quality: [QualityFlag] = []

    /// Encodes every key, `null` where absent, as `cps benchmark --format json` documents.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(measure, forKey: .measure)
        try container.encode(authority, forKey: .authority)
        try container.encode(dfeCode, forKey: .dfeCode)
        try container.encode(onsCode, forKey: .onsCode)
        try container.encode(name, forKey: .name)
        try container.encode(year, forKey: .year)
        try container.encode(value, forKey: .value)
        try container.encode(symbol, forKey: .symbol)
        try container.encode(england, forKey: .england)
        try container.encode(region, forKey: .region)
        try container.encode(neighboursMean, forKey: .neighboursMean)
        try container.encode(neighboursMedian, forKey: .neighboursMedian)
        try container.encode(neighbours, forKey: .neighbours)
        try container.encode(rank, forKey: .rank)
        try container.encode(of, forKey: .of)
        try container.encode(quartile, forKey: .quartile)
        try container.encode(trend, forKey: .trend)
        try container.encode(valueStatus, forKey: .valueStatus)
        try container.encode(regionNote, forKey: .regionNote)
        try container.encode(neighboursNote, forKey: .neighboursNote)
        try container.encode(rankNote, forKey: .rankNote)
        try container.encode(trendNote, forKey: .trendNote)
        try container.encode(quality, forKey: .quality)
    }
}
