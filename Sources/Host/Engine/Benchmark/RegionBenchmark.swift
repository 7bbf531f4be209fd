import CorporateParenting

/// A region, whole: every authority the statistics place in it on every chosen measure, ranked within the region
/// and nationally, beside the region's and England's figures, with each authority's loaded strategy (if any) and
/// its statistical neighbours. Knows nothing of the command line.
public struct RegionBenchmark: Codable, Sendable {
    /// An authority of the region.
    public struct Member: Codable, Equatable, Sendable {
        /// Its name, as the statistics spell it.
        public var name: String
        /// DfE's three-digit code.
        public var dfeCode: String?
        /// The ONS code.
        public var onsCode: String?
        /// The region label DfE gives it ("Inner London" for a London borough).
        public var regionLabel: String?
        /// Its loaded strategies (matched by DfE or ONS code); empty when none is loaded.
        public var strategies: [RegionStrategy]
        /// `no strategy loaded` when ``strategies`` is empty; `nil` otherwise.
        public var strategyNote: String?
        /// Its statistical neighbours' names, closest first (a DfE code where the statistics do not name it).
        public var neighbours: [String]
        /// `no statistical neighbours known` when ``neighbours`` is empty; `nil` otherwise.
        public var neighboursNote: String?

        /// Encodes every key, `null` where absent.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(dfeCode, forKey: .dfeCode)
            try container.encode(onsCode, forKey: .onsCode)
            try container.encode(regionLabel, forKey: .regionLabel)
            try container.encode(strategies, forKey: .strategies)
            try container.encode(strategyNote, forKey: .strategyNote)
            try container.encode(neighbours, forKey: .neighbours)
            try container.encode(neighboursNote, forKey: .neighboursNote)
        }
    }

    /// One authority on one measure: its benchmark row and its rank within the region.
    public struct Row: Codable, Equatable, Sendable {
        /// The figures as `cps benchmark` gives them (value, England, region, neighbours, national rank, trend).
        public var benchmark: BenchmarkRow
        /// The rank among the region's authorities with a figure (1 = best); `nil` when not ranked.
        public var regionRank: Int?
        /// How many of the region's authorities were ranked.
        public var regionOf: Int?
        /// Why there is no rank within the region (as ``BenchmarkRow/rankNote``); `nil` when ranked.
        public var regionRankNote: String?

        /// Encodes every key, `null` where absent.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(benchmark, forKey: .benchmark)
            try container.encode(regionRank, forKey: .regionRank)
            try container.encode(regionOf, forKey: .regionOf)
            try container.encode(regionRankNote, forKey: .regionRankNote)
        }
    }

    /// One measure across the region.
    public struct Measure: Codable, Equatable, Sendable {
        /// The standard measure.
        public var measure: StandardMeasureID
        /// The period benchmarked.
        public var year: String?
        /// The region's figure.
        public var region: Double?
        /// Why there is no regional figure; `nil` when there is one.
        public var regionNote: String?
        /// England's figure.
        public var england: Double?
        /// Each authority of the region, in ``RegionBenchmark/authorities`` order.
        public var rows: [Row]

        /// Encodes every key, `null` where absent.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(measure, forKey: .measure)
            try container.encode(year, forKey: .year)
            try container.encode(region, forKey: .region)
            try container.encode(regionNote, forKey: .regionNote)
            try container.encode(england, forKey: .england)
            try container.encode(rows, forKey: .rows)
        }
    }

    /// An authority the statistics place in the region that is left out, and why.
    public struct LeftOut: Codable, Equatable, Sendable {
        /// Its name.
        public var name: String
        /// DfE's code.
        public var dfeCode: String?
        /// Why: it has only "not applicable" (`z`) entries in the year (it no longer existed, or did not yet).
        public var reason: String

        /// Encodes every key, `null` where absent.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(dfeCode, forKey: .dfeCode)
            try container.encode(reason, forKey: .reason)
        }
    }

    /// The region, as DfE spells it.
    public var region: String
    /// The year asked for (`--year`), or `nil` for each measure's latest with figures.
    public var year: String?
    /// The date strategies are judged current on.
    public var asOf: PartialDate
    /// The region's authorities, by name.
    public var authorities: [Member]
    /// The measures, in catalogue order.
    public var measures: [Measure]
    /// Authorities of the region in the statistics left out.
    public var leftOut: [LeftOut]
    /// Which neighbour model was used.
    public var neighbourModel: String
    /// Where each measure's figures come from.
    public var sources: [String: String]

    /// Encodes every key, `null` where absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(region, forKey: .region)
        try container.encode(year, forKey: .year)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(authorities, forKey: .authorities)
        try container.encode(measures, forKey: .measures)
        try container.encode(leftOut, forKey: .leftOut)
        try container.encode(neighbourModel, forKey: .neighbourModel)
        try container.encode(sources, forKey: .sources)
    }
}
