import CorporateParenting

extension GapFinding {
    /// An item a summarising finding names.
    public struct ItemNote: Codable, Equatable, Sendable {
        /// Its id.
        public var id: String
        /// What the document calls its level.
        public var level: ItemLevel
        /// The label printed with it, such as "Outcome 1".
        public var label: String?
        /// Its title as printed.
        public var title: String
        /// How much other evidence of success (deliverables, statements, standards) the strategy monitors under it.
        public var otherEvidence: Int
        /// Whether the capture cuts it off.
        public var cutOff: Bool
    }

    /// A metric a summarising finding names.
    public struct MetricNote: Codable, Equatable, Sendable {
        /// Its id, or its JSON path where it has none.
        public var id: String
        /// Its text as printed.
        public var title: String
        /// Whether the capture cuts it off.
        public var cutOff: Bool
    }

    /// A governance fact named with the status the document gives it: a chair's holder, a youth group's name.
    public struct StatusNote: Codable, Equatable, Sendable {
        /// The holder or name, as printed.
        public var name: String
        /// Its status, the weaker of its own and its body's.
        public var status: FactStatus
    }
}
