import CorporateParenting

/// Reads, once per pack, every entry that may stand behind a coverage cell, with what it serves and on what basis.
///
/// - An item serves its own mappings; an item with none serves its parent's, on the parent's basis.
/// - An action serves its own mappings, else its body's (when it sits in one that serves something), else its item's.
/// - A body serves its own mappings, else those of the items it serves (``Body/serves``), else its item's.
/// - A local principle serves its own mappings only.
/// - A metric the strategy monitors evidences its standard measure's domain, else the domain it names (both the
///   encoder's reading, so judged), else its item's domains; it serves its item's principles, else its domains'
///   principles (judged). Figures quoted as context are never read.
///
/// Suggested mappings are ignored throughout (see ``MappingMasks``).
struct CoverageReader {
    let profile: PackProfile
    let framework: FrameworkIndex
    /// For each of the framework's domains, its principles as a mask.
    let domainPrinciples: [UInt64]

    init(_ profile: PackProfile, framework: FrameworkIndex) {
        self.profile = profile
        self.framework = framework
        domainPrinciples = framework.framework.domains.map { FrameworkIndex.principleMask($0.principles) }
    }

    /// Every contribution, items first, then bodies, actions, local principles and metrics, each in document order.
    func contributions() -> [CoverageContribution] {
        let index = profile.index
        var result: [CoverageContribution] = []
        result.reserveCapacity(index.items.count + index.bodies.count + index.actions.count + profile.measures.count)

        var itemMasks: [MappingMasks] = []
        var itemPlaces: [ID<Item>: Int] = [:]
        for (offset, placed) in index.items.enumerated() {
            var masks = MappingMasks(placed.value.mappings, framework: framework)
            var inherited = false
            if masks.isEmpty, let parent = placed.item.flatMap({ itemPlaces[$0] }) {
                masks = itemMasks[parent]
                inherited = true
            }
            if itemPlaces[placed.value.id] == nil { itemPlaces[placed.value.id] = offset }
            itemMasks.append(masks)
            let kind: CoverageKind = placed.value.level == .pledge ? .pledge : (placed.item == nil ? .topItem : .subItem)
            result.append(CoverageContribution(kind: kind, masks: masks, inherited: inherited, origin: .item(offset)))
        }
        func served(byItem id: ID<Item>?) -> MappingMasks {
            id.flatMap { itemPlaces[$0] }.map { itemMasks[$0] } ?? .none
        }

        var bodyMasks: [ID<Body>: MappingMasks] = [:]
        for (offset, placed) in index.bodies.enumerated() {
            let body = placed.value
            var masks = MappingMasks(body.mappings, framework: framework)
            var inherited = false
            if masks.isEmpty {
                masks = body.serves.reduce(MappingMasks.none) { $0.union(served(byItem: $1)) }
                if masks.isEmpty { masks = served(byItem: placed.item) }
                inherited = !masks.isEmpty
            }
            if bodyMasks[body.id] == nil { bodyMasks[body.id] = masks }
            result.append(CoverageContribution(kind: .body, masks: masks, inherited: inherited, origin: .body(offset)))
        }

        for (offset, placed) in index.actions.enumerated() {
            let action = placed.value
            var masks = MappingMasks(action.mappings, framework: framework)
            var inherited = false
            if masks.isEmpty {
                let fromBody = placed.body.flatMap { bodyMasks[$0] } ?? .none
                masks = fromBody.isEmpty ? served(byItem: placed.item) : fromBody
                inherited = !masks.isEmpty
            }
            result.append(CoverageContribution(kind: Self.kind(of: action), masks: masks, inherited: inherited, origin: .action(offset)))
        }

        for (offset, placed) in index.localPrinciples.enumerated() {
            let masks = MappingMasks(placed.value.mappings, framework: framework)
            result.append(CoverageContribution(kind: .localPrinciple, masks: masks, inherited: false, origin: .localPrinciple(offset)))
        }

        for (offset, measure) in profile.measures.enumerated() {
            let item = measure.itemIndex.map { itemMasks[$0] } ?? .none
            var masks = MappingMasks.none
            var inherited = false
            if let catalogue = measure.catalogueIndex {
                masks.judgedDomains = framework.domainMask([framework.framework.measures[catalogue].domain])
            } else if let domain = measure.evidence.domain {
                masks.judgedDomains = framework.domainMask([domain])
            } else {
                masks.statedDomains = item.statedDomains
                masks.judgedDomains = item.judgedDomains
                inherited = !item.isEmpty
            }
            if item.principles != 0 {
                masks.statedPrinciples = item.statedPrinciples
                masks.judgedPrinciples = item.judgedPrinciples
                inherited = true
            } else {
                masks.judgedPrinciples = principles(ofDomains: masks.domains)
            }
            let kind: CoverageKind = measure.evidence.target != nil || measure.evidence.baseline != nil ? .targetedMetric : .metric
            result.append(CoverageContribution(kind: kind, masks: masks, inherited: inherited, catalogueIndex: measure.catalogueIndex, origin: .metric(offset)))
        }
        return result
    }

    /// An action's kind: a promise is a pledge; otherwise whether it has an owner or a timescale.
    static func kind(of action: Action) -> CoverageKind {
        if action.kind == .promise { return .pledge }
        let assigned = [action.owner, action.timeline].contains { $0.map { !$0.isEmpty } ?? false } || action.due != nil
        return assigned ? .assignedAction : .action
    }

    /// The principles of the domains in `mask`.
    func principles(ofDomains mask: UInt64) -> UInt64 {
        var result: UInt64 = 0
        for (position, principles) in domainPrinciples.enumerated() where position < 64 && mask & (1 << UInt64(position)) != 0 {
            result |= principles
        }
        return result
    }
}
