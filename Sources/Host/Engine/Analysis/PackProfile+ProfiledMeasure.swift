import CorporateParenting

extension PackProfile {
    /// A metric with where it sits and what it evidences.
    public struct ProfiledMeasure: Sendable {
        /// The metric as the pack records it.
        public var evidence: Evidence
        /// Where it stands in the pack's JSON.
        public var location: EntryPath
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

        /// Its id in the pack, or its JSON path where it has none (spelled only when asked).
        public var id: String { evidence.id?.rawValue ?? location.description }

        /// Its text as printed.
        public var title: String { evidence.text }
    }
}
