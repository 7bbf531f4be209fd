import CorporateParenting

/// Whether, and how, each strategy covers each principle, domain or standard measure.
///
/// A cell records which kinds of entry serve the row (``CoverageKind``: an item, a local principle, a body, a pledge,
/// an action with or without an owner or timescale, a monitored metric with or without a target or baseline), each
/// stated or judged, and the level they reach (``CoverageLevel``). How many entries there are never changes a
/// cell's level or kinds, so a longer document does not look better covered. See ``CoverageReader`` for what each
/// entry serves; figures quoted as context never count, and neither do suggested mappings.
///
/// For standard measures, a cell holds the monitored metrics bound to that measure; binding a metric to a
/// catalogue measure names the metric the document states, so those cells are stated.
public struct CoverageMatrix: Codable, Equatable, Sendable {
    /// What the rows are.
    public var dimension: CoverageDimension
    /// The authorities, one per column.
    public var authorities: [AuthorityRef]
    /// The rows.
    public var rows: [CoverageRow]

    /// Works out the matrix from profiles made against the same framework.
    public init(_ profiles: [PackProfile], by dimension: CoverageDimension, framework: OutcomeFramework) {
        self.dimension = dimension
        authorities = profiles.map(\.ref)
        let keys = Self.keys(dimension, framework: framework)
        let index = FrameworkIndex(framework)
        let bits = Self.bits(dimension, framework: framework)
        // Each authority's column in one pass over its entries, then the columns turned into rows.
        let columns: [[CoverageCell]] = profiles.map { profile in
            var builders = Array(repeating: CoverageCellBuilder(), count: keys.count)
            for contribution in CoverageReader(profile, framework: index).contributions() {
                for (row, basis) in Self.rows(served: contribution, dimension: dimension, bits: bits, count: keys.count) {
                    builders[row].add(contribution.kind, basis: basis)
                }
            }
            return builders.map(\.cell)
        }
        rows = keys.enumerated().map { row, key in
            CoverageRow(key: key.key, title: key.title, cells: columns.map { $0[row] })
        }
    }

    /// The rows' keys and titles: principles by number, domains and standard measures by id.
    static func keys(_ dimension: CoverageDimension, framework: OutcomeFramework) -> [(key: String, title: String)] {
        switch dimension {
        case .principle: framework.principles.map { (String($0.number), $0.shortTitle) }
        case .domain: framework.domains.map { ($0.id.rawValue, $0.title) }
        case .measure: framework.measures.map { ($0.id.rawValue, $0.title) }
        }
    }

    /// Each row's bit in the principle masks (bit `n - 1` for principle `n`) or the domain masks (bit `i` for the
    /// `i`th domain); 0 for a row no mask can hold. Empty for standard measures, whose rows are catalogue places.
    static func bits(_ dimension: CoverageDimension, framework: OutcomeFramework) -> [UInt64] {
        switch dimension {
        case .principle: framework.principles.map { FrameworkIndex.principleMask([$0.number]) }
        case .domain: framework.domains.indices.map { $0 < 64 ? UInt64(1) << UInt64($0) : 0 }
        case .measure: []
        }
    }

    /// The rows (by place) a contribution serves, each with its basis.
    static func rows(served contribution: CoverageContribution, dimension: CoverageDimension, bits: [UInt64], count: Int) -> [(Int, MappingBasis)] {
        switch dimension {
        case .measure:
            guard let row = contribution.catalogueIndex, row < count else { return [] }
            return [(row, .stated)]
        case .principle, .domain:
            let principles = dimension == .principle
            guard (principles ? contribution.masks.principles : contribution.masks.domains) != 0 else { return [] }
            return bits.indices.compactMap { row in
                bits[row] == 0 ? nil : contribution.masks.basis(bit: bits[row], principles: principles).map { (row, $0) }
            }
        }
    }
}
