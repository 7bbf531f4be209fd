import CorporateParenting

/// What the analyses need of a pack, worked out once: its items and measures mapped to principles and domains.
///
/// A measure evidences the domain of its standard measure, else the domain it names, else its item's domains; it
/// serves its item's principles, or, outside any item, the principles of its domains.
public struct PackProfile: Sendable {
    /// A measure with where it sits and what it evidences.
    public struct ProfiledMeasure: Sendable {
        /// The measure.
        public var measure: Measure
        /// The priority or objective it sits under.
        public var itemID: String?
        /// The domains it evidences.
        public var domains: [DomainID]
        /// The principles it serves.
        public var principles: [Int]
    }

    /// The pack.
    public let pack: AuthorityPack
    /// The pack's priorities and objectives.
    public let items: [any StrategyItem]
    /// Every measure, profiled.
    public let measures: [ProfiledMeasure]

    /// Profiles a pack against a framework.
    public init(_ pack: AuthorityPack, framework: OutcomeFramework) {
        self.pack = pack
        items = pack.items
        let itemsByID = Dictionary(pack.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        measures = pack.allMeasures.map { placed in
            let item = placed.itemID.flatMap { itemsByID[$0] }
            var domains: [DomainID] = []
            if let standard = placed.measure.standardMeasure, let known = framework.measure(standard) {
                domains = [known.domain]
            } else if let domain = placed.measure.domain {
                domains = [domain]
            } else if let item {
                domains = item.domains
            }
            let principles = item?.principles
                ?? Array(Set(domains.flatMap { framework.domain($0)?.principles ?? [] })).sorted()
            return ProfiledMeasure(measure: placed.measure, itemID: placed.itemID, domains: domains, principles: principles)
        }
    }

    /// The reference results use for this pack.
    public var ref: AuthorityRef { AuthorityRef(pack) }

    /// The standard measures the pack tracks, sorted.
    public var standardMeasures: Set<StandardMeasureID> {
        Set(measures.compactMap(\.measure.standardMeasure))
    }

    /// The principles its items serve.
    public var principlesServed: Set<Int> { Set(items.flatMap(\.principles)) }

    /// The domains its items serve.
    public var domainsServed: Set<DomainID> { Set(items.flatMap(\.domains)) }
}
