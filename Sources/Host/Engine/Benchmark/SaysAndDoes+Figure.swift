import CorporateParenting

extension SaysAndDoes {
    /// A published figure of the council's that is worse than England's or than its statistical neighbours' mean
    /// in the same year, by the measure's polarity, with what in the strategy addresses it.
    public struct Figure: Codable, Sendable {
        /// The standard measure.
        public var measure: StandardMeasureID
        /// The period, as DfE writes it.
        public var year: String
        /// The council's figure.
        public var value: Double
        /// England's figure, when the data has one.
        public var england: Double?
        /// The mean of the statistical neighbours' figures, when any has one.
        public var neighboursMean: Double?
        /// Why there is no neighbours' mean (as ``BenchmarkRow/neighboursNote``); `nil` when there is one.
        public var neighboursNote: String?
        /// Against England's figure; `nil` when England's is missing.
        public var againstEngland: Standing?
        /// Against the neighbours' mean; `nil` when there is none.
        public var againstNeighbours: Standing?
        /// The council's figure the period before, when the data has one.
        public var previous: BenchmarkRow.TrendPoint?
        /// From ``previous`` to ``value``; `nil` when there is no previous figure.
        public var direction: DirectionOfTravel?
        /// The council's figures in the years the strategy covers, oldest first; empty when the data has none.
        public var duringStrategy: [BenchmarkRow.TrendPoint]
        /// What in the strategy addresses the figure.
        public var addressedBy: Addressing
        /// The flags on the figure (see ``DataQuality``); empty when none.
        public var quality: [QualityFlag] = []
    }
}
