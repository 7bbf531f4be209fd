import CorporateParenting

extension PackProfile {
    /// A metric with where it sits and what it evidences.
    public struct ProfiledMeasure: Sendable {
        /// The metric as the pack records it.
        public var evidence: Evidence
        /// Its id in the pack, or its JSON path where it has none.
        public var id: String
        /// The section it is printed in.
        public var section: ID<Section>
        /// The nearest item it sits under.
        public var itemID: String?
        /// The domains it evidences.
        public var domains: [DomainID]
        /// The principles it serves.
        public var principles: [Int]
        /// The principles it serves, as a mask.
        public var principleMask: UInt64
        /// The framework's domains it evidences, as a mask.
        public var domainMask: UInt64
        /// Its standard measure's place in the framework's catalogue, when it has a known one.
        public var catalogueIndex: Int?
        /// Its item's place in ``PackProfile/items``.
        public var itemIndex: Int?

        /// Its text as printed.
        public var title: String { evidence.text }

        /// Whether the strategy monitors it, rather than quoting it as context.
        public var isMonitored: Bool { evidence.purpose == .monitor }
    }
}
