import CorporateParenting

/// Works out a ``PackProfile``'s items and measures from a pack's index in a few passes.
struct ProfileBuilder {
    let index: PackIndex
    let framework: FrameworkIndex
    var items: [PackProfile.ProfiledItem] = []
    var measures: [PackProfile.ProfiledMeasure] = []
    var quoted: [PackProfile.ProfiledMeasure] = []
    /// Each item's place in ``items``.
    var places: [ID<Item>: Int] = [:]

    init(index: PackIndex, framework: FrameworkIndex) {
        self.index = index
        self.framework = framework
    }

    /// Every item with the union of its mappings, or its parent's when it has none (parents come first).
    mutating func profileItems() {
        items.reserveCapacity(index.items.count)
        for placed in index.items {
            let item = placed.value
            var principles: Set<Int> = [], stated: Set<Int> = []
            var domains: [DomainID] = [], statedDomains: [DomainID] = []
            for mapping in item.mappings {
                let numbers = mapping.principles.map(\.rawValue)
                principles.formUnion(numbers)
                for domain in mapping.domains where !domains.contains(domain) { domains.append(domain) }
                if mapping.basis == .stated {
                    stated.formUnion(numbers)
                    for domain in mapping.domains where !statedDomains.contains(domain) { statedDomains.append(domain) }
                }
            }
            let sorted = principles.sorted()
            var profiled = PackProfile.ProfiledItem(
                id: item.id.rawValue, title: item.title, level: item.level, isPriority: placed.item == nil,
                principles: sorted, domains: domains, inheritsMapping: false, ownCommitments: 0,
                parentIndex: placed.item.flatMap { places[$0] }, measureCount: 0,
                otherEvidence: 0, cutOff: item.cutOff == true,
                principleMask: FrameworkIndex.principleMask(sorted), domainMask: framework.domainMask(domains),
                statedPrincipleMask: FrameworkIndex.principleMask(Array(stated)), statedDomainMask: framework.domainMask(statedDomains),
                label: item.label
            )
            if principles.isEmpty, domains.isEmpty, let parent = profiled.parentIndex {
                let from = items[parent]
                profiled.principles = from.principles
                profiled.domains = from.domains
                profiled.principleMask = from.principleMask
                profiled.domainMask = from.domainMask
                profiled.statedPrincipleMask = from.statedPrincipleMask
                profiled.statedDomainMask = from.statedDomainMask
                profiled.inheritsMapping = true
            }
            if places[item.id] == nil { places[item.id] = items.count }
            items.append(profiled)
        }
    }

    /// The places of `item` and every item above it.
    func chain(from item: ID<Item>?) -> [Int] {
        var chain: [Int] = []
        var current = item
        while let id = current, let place = places[id], !chain.contains(place) {
            chain.append(place)
            current = index.parent(of: id)
        }
        return chain
    }

    /// Each item's own actions, and its monitored metrics and other monitored evidence, its sub-items' included.
    mutating func countUnderItems() {
        for action in index.actions {
            if let own = action.item.flatMap({ places[$0] }) { items[own].ownCommitments += 1 }
        }
        for evidence in index.evidence where evidence.value.purpose == .monitor {
            let isMetric = evidence.value.kind == .metric
            for place in chain(from: evidence.item) {
                if isMetric { items[place].measureCount += 1 } else { items[place].otherEvidence += 1 }
            }
        }
    }

    /// Every metric, monitored or quoted, with the domains it evidences and the principles it serves.
    mutating func profileMetrics() {
        for placed in index.evidence where placed.value.kind == .metric {
            let evidence = placed.value
            let itemIndex = placed.item.flatMap { places[$0] }
            let item = itemIndex.map { items[$0] }
            let standardIndex = evidence.standardMeasure.flatMap { framework.measures[$0] }
            var domains: [DomainID] = []
            if let standardIndex {
                domains = [framework.framework.measures[standardIndex].domain]
            } else if let domain = evidence.domain {
                domains = [domain]
            } else if let item {
                domains = item.domains
            }
            let principles = item?.principles
                ?? Array(Set(domains.flatMap { framework.framework.domain($0)?.principles ?? [] })).sorted()
            let profiled = PackProfile.ProfiledMeasure(
                evidence: evidence, location: placed.location, itemID: item?.id,
                domains: domains, principles: principles,
                principleMask: item?.principleMask ?? FrameworkIndex.principleMask(principles),
                domainMask: framework.domainMask(domains), catalogueIndex: standardIndex, itemIndex: itemIndex
            )
            if evidence.purpose == .monitor { measures.append(profiled) } else { quoted.append(profiled) }
        }
    }
}
