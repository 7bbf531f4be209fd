import CorporateParenting
import CPSEngine

/// One line of `cps list`: who the authority is and how much its pack holds, counted in the document's own terms.
public struct AuthoritySummary: Codable, Sendable {
    /// How many items of one level the document sets out ("7 outcomes").
    public struct ItemCount: Codable, Equatable, Sendable {
        /// The level, as the document names it.
        public var level: ItemLevel
        /// How many.
        public var count: Int
    }

    /// The pack's id.
    public var id: String
    /// The council's name.
    public var name: String
    /// Its region.
    public var region: String?
    /// Its ONS and DfE codes.
    public var codes: AuthorityCodes
    /// The document's title.
    public var title: String
    /// The strategy's period.
    public var period: StrategyPeriod
    /// Whether the pack captures the whole document or part of it.
    public var capture: CaptureExtent
    /// The document's items by level, in the order each level first appears.
    public var items: [ItemCount]
    /// How many actions (commitments, action plan rows, improvements, practices, promises).
    public var actions: Int
    /// How many metrics the strategy monitors (not those it quotes as context).
    public var metricsMonitored: Int
    /// How many governance bodies it names.
    public var bodies: Int
    /// Where it was loaded from ("built-in" or a path).
    public var origin: String

    /// Summarises a loaded authority.
    public init(_ authority: LoadedAuthority) {
        let pack = authority.pack
        let counts = PackCounts(pack)
        id = pack.id
        name = pack.name
        region = pack.region
        codes = pack.codes
        title = pack.document.title
        period = pack.document.period
        capture = pack.document.capture
        items = counts.items.map { ItemCount(level: $0.level, count: $0.count) }
        actions = counts.actions
        metricsMonitored = counts.metricsMonitored
        bodies = counts.bodies
        origin = authority.origin.shortDescription
    }

    /// "5 priorities, 12 objectives", or "none" when the document sets out no items.
    public var itemsText: String {
        items.isEmpty ? Absent.none : items.map { "\($0.count) \(PackText.name($0.level, count: $0.count))" }.joined(separator: ", ")
    }
}
