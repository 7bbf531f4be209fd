/// Everything in a pack, gathered by kind in document order, each with where it is printed.
///
/// A pack is a tree in the document's shape; analyses want lists ("every action", "every metric the strategy
/// monitors"). The index walks the tree once and keeps both: each entry's section, the item and body above it, and
/// its JSON path. Provenance is derived here, never typed by hand: ``source(of:)`` is the path of headings.
///
/// ```swift
/// let index = PackIndex(pack)
/// for action in index.actions where action.value.owner == nil {
///     print(index.source(of: action.section), action.value.text)
/// }
/// ```
public struct PackIndex: Sendable {
    /// The outline, in document order.
    public internal(set) var outline: [OutlineNode] = []
    /// Every item, in document order.
    public internal(set) var items: [Placed<Item>] = []
    /// Every action.
    public internal(set) var actions: [Placed<Action>] = []
    /// Every piece of evidence.
    public internal(set) var evidence: [Placed<Evidence>] = []
    /// Every body.
    public internal(set) var bodies: [Placed<Body>] = []
    /// Every narrative entry.
    public internal(set) var narratives: [Placed<Narrative>] = []
    /// Every local principle.
    public internal(set) var localPrinciples: [Placed<LocalPrinciple>] = []
    /// Every definition.
    public internal(set) var definitions: [Placed<Definition>] = []
    /// Every scope statement.
    public internal(set) var scopes: [Placed<StrategyScope>] = []
    /// Every citation.
    public internal(set) var citations: [Placed<Citation>] = []
    /// Every co-production statement.
    public internal(set) var coproductions: [Placed<Coproduction>] = []
    /// Every partner.
    public internal(set) var partners: [Placed<Partner>] = []
    /// Every signatory.
    public internal(set) var signatories: [Placed<Signatory>] = []
    /// Every list of expectations.
    public internal(set) var expectations: [Placed<ExpectationSet>] = []
    /// Entries `cps draft` proposed and nobody has confirmed, in document order (each also indexed as its entry).
    public internal(set) var drafts: [Placed<DraftEntry>] = []
    var nodeIndex: [ID<Section>: Int] = [:]
    /// While walking an attached action plan, its number.
    var currentPlan: Int?
    /// The attached action plans' titles.
    var planTitles: [String] = []
    var itemParents: [ID<Item>: ID<Item>] = [:]

    /// Walks `pack` once.
    public init(_ pack: AuthorityPack) {
        let sections = EntryPath(nil, key: "sections")
        for (offset, section) in pack.sections.enumerated() {
            visit(section, level: 1, parent: nil, item: nil, body: nil, path: EntryPath(sections, index: offset))
        }
        planTitles = pack.actionPlans.map(\.document.title)
        let plans = EntryPath(nil, key: "actionPlans")
        for (number, plan) in pack.actionPlans.enumerated() {
            currentPlan = number
            let planSections = EntryPath(EntryPath(plans, index: number), key: "sections")
            for (offset, section) in plan.sections.enumerated() {
                visit(section, level: 1, parent: nil, item: nil, body: nil, path: EntryPath(planSections, index: offset))
            }
        }
        currentPlan = nil
    }

    /// The outline node of a section, if the pack has it.
    public func node(_ id: ID<Section>) -> OutlineNode? {
        nodeIndex[id].map { outline[$0] }
    }

    /// The headings from the top of the outline down to `section`, joined with " › ": the derived `source`. A
    /// section of an attached action plan starts with the plan's title.
    public func source(of section: ID<Section>) -> String {
        let plan = node(section)?.plan.map { planTitles[$0] }
        return ([plan].compactMap { $0 } + headings(of: section)).joined(separator: " › ")
    }

    /// The headings from the top of the outline down to `section`.
    public func headings(of section: ID<Section>) -> [String] {
        var headings: [String] = []
        var current: ID<Section>? = section
        // Bounded by the outline's size, so ids repeated in a hand-written pack cannot make it go round for ever.
        while let id = current, let node = node(id), headings.count <= outline.count {
            headings.append(node.heading)
            current = node.parent
        }
        return headings.reversed()
    }

    /// The item an item sits under, if any.
    public func parent(of item: ID<Item>) -> ID<Item>? {
        itemParents[item]
    }

    /// The items at the top of the document's structure (those under no other item), in order.
    public var topItems: [Placed<Item>] {
        items.filter { $0.item == nil }
    }
}
