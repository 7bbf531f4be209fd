import CorporateParenting

extension PackProfile {
    /// An item (a priority, outcome, theme, pledge, objective or key action) with what the analyses read of it.
    public struct ProfiledItem: Sendable {
        /// Its id.
        public var id: String
        /// Its title as printed.
        public var title: String
        /// What the document calls its level.
        public var level: ItemLevel
        /// Whether it is at the top of the document's structure (under no other item).
        public var isPriority: Bool
        /// The principles it serves, stated or judged.
        public var principles: [Int]
        /// The domains it serves, stated or judged.
        public var domains: [DomainID]
        /// Whether it has no mapping of its own and serves its parent's principles and domains.
        public var inheritsMapping: Bool
        /// How many actions are set directly under it (not under a sub-item).
        public var ownCommitments: Int
        /// Its parent item's place in ``PackProfile/items``.
        public var parentIndex: Int?
        /// How many metrics the strategy monitors under it, its sub-items' included.
        public var measureCount: Int
        /// How many other pieces of evidence the strategy monitors under it (deliverables, statements, standards).
        public var otherEvidence: Int
        /// Whether the capture cuts it off.
        public var cutOff: Bool
        /// The principles it serves, as a mask.
        public var principleMask: UInt64
        /// The framework's domains it serves, as a mask.
        public var domainMask: UInt64
        /// The principles the document itself states it serves, as a mask.
        public var statedPrincipleMask: UInt64
        /// The framework's domains the document itself states it serves, as a mask.
        public var statedDomainMask: UInt64

        /// The label printed with it, such as "Outcome 1".
        public var label: String?

        /// "Outcome 1 \"Being Heard\"", or "Objective \"...\"" where the document prints no label.
        public var named: String {
            "\(label ?? level.analysisNoun.analysisCapitalised()) \"\(title)\""
        }
    }
}

extension ItemLevel {
    /// "priority", "outcome", "key action".
    var analysisNoun: String { PackText.name(self) }

    /// "priorities", "outcomes", "key actions".
    var analysisPlural: String { PackText.name(self, count: 2) }
}

extension String {
    /// The string with its first letter upper-cased.
    public func analysisCapitalised() -> String {
        prefix(1).uppercased() + dropFirst()
    }
}
