/// How many of each kind of entry a pack holds, counted in one walk that keeps nothing else (cheaper than a
/// ``PackIndex`` where only numbers are wanted, as in `cps list` over every council of England).
public struct PackCounts: Equatable, Sendable {
    /// Items by level, in the order each level first appears.
    public private(set) var items: [(level: ItemLevel, count: Int)] = []
    /// Actions.
    public private(set) var actions = 0
    /// Metrics the strategy commits to monitor (not those it quotes as context).
    public private(set) var metricsMonitored = 0
    /// Bodies.
    public private(set) var bodies = 0

    /// Counts `pack`.
    public init(_ pack: AuthorityPack) {
        for section in pack.sections + pack.actionPlans.flatMap(\.sections) { count(section.content) }
    }

    private mutating func count(_ entries: [Entry]) {
        for entry in entries {
            switch entry {
            case .section(let section): count(section.content)
            case .item(let item):
                if let at = items.firstIndex(where: { $0.level == item.level }) {
                    items[at].count += 1
                } else {
                    items.append((item.level, 1))
                }
                count(item.content)
            case .body(let body):
                bodies += 1
                count(body.content)
            case .action: actions += 1
            case .evidence(let evidence): if evidence.kind == .metric, evidence.purpose == .monitor { metricsMonitored += 1 }
            default: break
            }
        }
    }

    /// Compares counts.
    public static func == (lhs: PackCounts, rhs: PackCounts) -> Bool {
        lhs.actions == rhs.actions && lhs.metricsMonitored == rhs.metricsMonitored && lhs.bodies == rhs.bodies
            && lhs.items.map(\.level) == rhs.items.map(\.level) && lhs.items.map(\.count) == rhs.items.map(\.count)
    }
}
