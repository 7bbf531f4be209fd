import CorporateParenting

/// What the analyses need of a pack, worked out once: its items and measures mapped to principles and domains.
///
/// A measure evidences the domain of its standard measure, else the domain it names, else its item's domains; it
/// serves its item's principles, or, outside any item, the principles of its domains.
///
/// Principles and domains are also kept as bit masks (bit `n - 1` for principle `n`, bit `i` for the framework's
/// `i`th domain), so coverage, comparison and similarity over many packs do no searching. A profile is a class so
/// that the many analyses holding one share it rather than copying the pack.
public final class PackProfile: Sendable {
    /// A priority or objective with what the analyses read of it.
    public struct ProfiledItem: Sendable {
        /// Its id.
        public var id: String
        /// Its title.
        public var title: String
        /// Whether it is a priority (else an objective).
        public var isPriority: Bool
        /// The principles it serves.
        public var principles: [Int]
        /// The domains it serves.
        public var domains: [DomainID]
        /// How many commitments it makes.
        public var commitments: Int
        /// How many measures are set under it.
        public var measureCount: Int
        /// The principles it serves, as a mask.
        public var principleMask: UInt64
        /// The framework's domains it serves, as a mask.
        public var domainMask: UInt64
    }

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
        /// The principles it serves, as a mask.
        public var principleMask: UInt64
        /// The framework's domains it evidences, as a mask.
        public var domainMask: UInt64
        /// Its standard measure's place in the framework's catalogue, when it has a known one.
        public var catalogueIndex: Int?
        /// Its item's place in ``PackProfile/items``.
        public var itemIndex: Int?
    }

    /// The pack.
    public let pack: AuthorityPack
    /// The pack's priorities, then its objectives.
    public let items: [ProfiledItem]
    /// Every measure, profiled, in document order: priorities', objectives', then strategy-wide measures.
    public let measures: [ProfiledMeasure]

    /// Profiles a pack against a framework.
    public convenience init(_ pack: AuthorityPack, framework: OutcomeFramework) {
        self.init(pack, index: FrameworkIndex(framework))
    }

    /// Profiles packs against a framework, working out the framework's lookups once.
    public static func profiles(_ packs: [AuthorityPack], framework: OutcomeFramework) -> [PackProfile] {
        let index = FrameworkIndex(framework)
        return packs.map { PackProfile($0, index: index) }
    }

    init(_ pack: AuthorityPack, index: FrameworkIndex) {
        self.pack = pack
        var items: [ProfiledItem] = []
        var measures: [ProfiledMeasure] = []
        func profile(_ measure: Measure, item: ProfiledItem?, at itemIndex: Int?) {
            let standardIndex = measure.standardMeasure.flatMap { index.measures[$0] }
            var domains: [DomainID] = []
            if let standardIndex {
                domains = [index.framework.measures[standardIndex].domain]
            } else if let domain = measure.domain {
                domains = [domain]
            } else if let item {
                domains = item.domains
            }
            let principles = item?.principles
                ?? Array(Set(domains.flatMap { index.framework.domain($0)?.principles ?? [] })).sorted()
            measures.append(ProfiledMeasure(
                measure: measure, itemID: item?.id, domains: domains, principles: principles,
                principleMask: item?.principleMask ?? FrameworkIndex.principleMask(principles), domainMask: index.domainMask(domains),
                catalogueIndex: standardIndex, itemIndex: itemIndex
            ))
        }
        // Generic over the item type, so priorities and objectives are read in place rather than boxed.
        func add<Item: StrategyItem>(_ list: [Item], isPriority: Bool) {
            for item in list {
                let measureCount = item.outcomes.reduce(item.measures.count) { $0 + $1.measures.count }
                let profiled = ProfiledItem(
                    id: item.id, title: item.title, isPriority: isPriority, principles: item.principles, domains: item.domains,
                    commitments: item.commitments.count, measureCount: measureCount,
                    principleMask: FrameworkIndex.principleMask(item.principles), domainMask: index.domainMask(item.domains)
                )
                // A measure belongs to the first item with its id, as ids are looked up.
                let place = items.firstIndex { $0.id == item.id } ?? items.count
                items.append(profiled)
                for outcome in item.outcomes {
                    for measure in outcome.measures { profile(measure, item: items[place], at: place) }
                }
                for measure in item.measures { profile(measure, item: items[place], at: place) }
            }
        }
        add(pack.priorities, isPriority: true)
        add(pack.objectives, isPriority: false)
        for measure in pack.measures { profile(measure, item: nil, at: nil) }
        self.items = items
        self.measures = measures
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
