import CorporateParenting

extension SaysAndDoes {
    /// A standard measure the strategy monitors, with the published figures.
    public struct Committed: Codable, Sendable {
        /// The standard measure.
        public var measure: StandardMeasureID
        /// The strategy's own words for it.
        public var title: String
        /// The strategy's target, if any.
        public var target: Target?
        /// The period of the published figures.
        public var year: String?
        /// The council's figure.
        public var value: Double?
        /// England's figure.
        public var england: Double?
        /// By the measure's polarity; `nil` when either figure is missing or the measure is neutral.
        public var againstEngland: Standing?
        /// The quartile band, when ranked.
        public var quartile: String?
        /// DfE's special value when there is no figure (`c`, `z`, `x`, ...).
        public var symbol: String? = nil
        /// What the council's figure is, as ``BenchmarkRow/valueStatus``.
        public var valueStatus: String = "published"
        /// Why there is no quartile (as ``BenchmarkRow/rankNote``); `nil` when ranked.
        public var quartileNote: String? = nil
        /// Why the figure cannot be set against England's; `nil` when it can.
        public var againstEnglandNote: String? = nil
        /// The flags on the figure of ``year`` (see ``DataQuality``): each with its rule and one sentence ending
        /// "check the return"; empty when none.
        public var quality: [QualityFlag] = []
    }
}
