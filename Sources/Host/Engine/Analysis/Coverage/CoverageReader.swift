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
    let tables: CoverageTables
    var framework: FrameworkIndex { tables.index }

    init(_ profile: PackProfile, tables: CoverageTables) {
        self.profile = profile
        self.tables = tables
    }

    /// Every contribution, items first, then bodies, actions, local principles and metrics, each in document order.
    /// Lists are read by index, field by field: iterating would copy (and retain) every entry's strings and lists.
    func contributions() -> [CoverageContribution] {
        let index = profile.index
        let items = index.items, bodies = index.bodies, actions = index.actions
        let localPrinciples = index.localPrinciples, measures = profile.measures
        var result: [CoverageContribution] = []
        result.reserveCapacity(items.count + bodies.count + actions.count + measures.count)

        var itemMasks: [MappingMasks] = []
        itemMasks.reserveCapacity(items.count)
        var itemPlaces: [ID<Item>: Int] = [:]
        for offset in items.indices {
            var masks = MappingMasks(items[offset].value.mappings, framework: framework)
            var inherited = false
            // The profile's items are the index's, in the same order, each with its parent's place.
            if masks.isEmpty, let parent = profile.items[offset].parentIndex {
                masks = itemMasks[parent]
                inherited = true
            }
            if itemPlaces[items[offset].value.id] == nil { itemPlaces[items[offset].value.id] = offset }
            itemMasks.append(masks)
            let kind: CoverageKind = items[offset].value.level == .pledge ? .pledge : (items[offset].item == nil ? .topItem : .subItem)
            result.append(CoverageContribution(kind: kind, masks: masks, inherited: inherited, origin: .item(offset)))
        }
        func served(byItem id: ID<Item>?) -> MappingMasks {
            guard let id, let place = itemPlaces[id] else { return .none }
            return itemMasks[place]
        }

        var bodyMasks: [ID<Body>: MappingMasks] = [:]
        for offset in bodies.indices {
            var masks = MappingMasks(bodies[offset].value.mappings, framework: framework)
            var inherited = false
            if masks.isEmpty {
                for item in bodies[offset].value.serves { masks = masks.union(served(byItem: item)) }
                if masks.isEmpty { masks = served(byItem: bodies[offset].item) }
                inherited = !masks.isEmpty
            }
            if bodyMasks[bodies[offset].value.id] == nil { bodyMasks[bodies[offset].value.id] = masks }
            result.append(CoverageContribution(kind: .body, masks: masks, inherited: inherited, origin: .body(offset)))
        }

        for offset in actions.indices {
            var masks = actions[offset].value.mappings.isEmpty ? .none : MappingMasks(actions[offset].value.mappings, framework: framework)
            var inherited = false
            if masks.isEmpty {
                let fromBody = actions[offset].body.flatMap { bodyMasks[$0] } ?? .none
                masks = fromBody.isEmpty ? served(byItem: actions[offset].item) : fromBody
                inherited = !masks.isEmpty
            }
            let kind = Self.kind(kind: actions[offset].value.kind, owner: actions[offset].value.owner,
                                 timeline: actions[offset].value.timeline, hasDue: actions[offset].value.due != nil)
            result.append(CoverageContribution(kind: kind, masks: masks, inherited: inherited, origin: .action(offset)))
        }

        for offset in localPrinciples.indices {
            let masks = MappingMasks(localPrinciples[offset].value.mappings, framework: framework)
            result.append(CoverageContribution(kind: .localPrinciple, masks: masks, inherited: false, origin: .localPrinciple(offset)))
        }

        for offset in measures.indices {
            let item = measures[offset].itemIndex.map { itemMasks[$0] } ?? .none
            var masks = MappingMasks.none
            var inherited = false
            if let catalogue = measures[offset].catalogueIndex {
                masks.judgedDomains = catalogue < tables.measureDomains.count ? tables.measureDomains[catalogue] : 0
            } else if let domain = measures[offset].evidence.domain {
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
                masks.judgedPrinciples = tables.principles(ofDomains: masks.domains)
            }
            let targeted = measures[offset].evidence.target != nil || measures[offset].evidence.baseline != nil
            result.append(CoverageContribution(kind: targeted ? .targetedMetric : .metric, masks: masks, inherited: inherited,
                                               catalogueIndex: measures[offset].catalogueIndex, origin: .metric(offset)))
        }
        return result
    }

    /// An action's kind: a promise is a pledge; otherwise whether it has an owner or a timescale.
    static func kind(of action: Action) -> CoverageKind {
        kind(kind: action.kind, owner: action.owner, timeline: action.timeline, hasDue: action.due != nil)
    }

    /// An action's kind from its fields: a promise is a pledge; otherwise whether it has a (non-empty) owner, a
    /// timeline or a due date.
    static func kind(kind: ActionKind, owner: String?, timeline: String?, hasDue: Bool) -> CoverageKind {
        if kind == .promise { return .pledge }
        return (owner.map { !$0.isEmpty } ?? false) || (timeline.map { !$0.isEmpty } ?? false) || hasDue ? .assignedAction : .action
    }
}
