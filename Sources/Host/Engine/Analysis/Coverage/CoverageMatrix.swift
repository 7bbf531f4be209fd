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
        self = Self.matrices(profiles, by: [dimension], framework: framework)[0]
    }

    init(dimension: CoverageDimension, authorities: [AuthorityRef], rows: [CoverageRow]) {
        self.dimension = dimension
        self.authorities = authorities
        self.rows = rows
    }

    /// One matrix per dimension in `dimensions` (every dimension, in order, by default), reading each strategy's
    /// entries once for all of them.
    public static func matrices(_ profiles: [PackProfile], by dimensions: [CoverageDimension] = CoverageDimension.allCases,
                                framework: OutcomeFramework) -> [CoverageMatrix] {
        let tables = CoverageTables(framework)
        let keys = dimensions.map { Self.keys($0, framework: framework) }
        let rowOfBit = dimensions.map { Self.rowOfBit(Self.bits($0, framework: framework)) }
        // Each authority's columns in one pass over its entries, then the columns turned into rows.
        let columns: [[[CoverageCell]]] = profiles.map { profile in
            let contributions = CoverageReader(profile, tables: tables).contributions()
            return dimensions.indices.map { place in
                var column = CoverageColumnBuilder(rows: keys[place].count)
                for contribution in contributions {
                    Self.visitRows(served: contribution, dimension: dimensions[place], rowOfBit: rowOfBit[place], count: keys[place].count) { row, basis in
                        column.add(contribution.kind, row: row, basis: basis)
                    }
                }
                return column.cells
            }
        }
        let authorities = profiles.map(\.ref)
        return dimensions.indices.map { place in
            CoverageMatrix(dimension: dimensions[place], authorities: authorities, rows: keys[place].enumerated().map { row, key in
                CoverageRow(key: key.key, title: key.title, cells: columns.map { $0[place][row] })
            })
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

    /// For each bit of a mask, the row it stands for, or -1.
    static func rowOfBit(_ bits: [UInt64]) -> [Int] {
        var rows = Array(repeating: -1, count: 64)
        for (row, bit) in bits.enumerated() where bit != 0 && rows[bit.trailingZeroBitCount] == -1 {
            rows[bit.trailingZeroBitCount] = row
        }
        return rows
    }

    /// Calls `body` with each row (by place) a contribution serves and its basis, walking only the mask's set bits.
    static func visitRows(served contribution: CoverageContribution, dimension: CoverageDimension, rowOfBit: [Int], count: Int,
                          _ body: (Int, MappingBasis) -> Void) {
        switch dimension {
        case .measure:
            if let row = contribution.catalogueIndex, row < count { body(row, .stated) }
        case .principle, .domain:
            let principles = dimension == .principle
            let masks = contribution.masks
            let stated = principles ? masks.statedPrinciples : masks.statedDomains
            var remaining = stated | (principles ? masks.judgedPrinciples : masks.judgedDomains)
            while remaining != 0 {
                let bit = remaining.trailingZeroBitCount
                remaining &= remaining - 1
                let row = rowOfBit[bit]
                if row >= 0 { body(row, stated & (1 << UInt64(bit)) != 0 ? .stated : .judged) }
            }
        }
    }
}
