import CorporateParenting

/// How each strategy covers each principle, domain or standard measure.
///
/// A cell counts the items mapped to the row (top-level items, such as priorities, outcomes, themes or pledges, as
/// `priorities`; the items under them, such as objectives, as `objectives`), the actions under them and the metrics
/// the strategy monitors behind the row (see ``PackProfile`` for how metrics are mapped; figures quoted as context
/// never count). For standard measures, a cell counts the authority's monitored metrics bound to that standard
/// measure and the items they sit under.
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
        let keys: [(key: String, title: String)]
        switch dimension {
        case .principle: keys = framework.principles.map { (String($0.number), $0.shortTitle) }
        case .domain: keys = framework.domains.map { ($0.id.rawValue, $0.title) }
        case .measure: keys = framework.measures.map { ($0.id.rawValue, $0.title) }
        }
        // Each authority's column in one pass over its items and measures, then the columns turned into rows.
        let columns: [[CoverageCell]] = profiles.map { profile in
            switch dimension {
            case .principle:
                let masks = framework.principles.map { (1...64).contains($0.number) ? UInt64(1) << UInt64($0.number - 1) : 0 }
                return masks.map { Self.cell(profile, bit: $0, principles: true) }
            case .domain:
                return framework.domains.indices.map { Self.cell(profile, bit: $0 < 64 ? 1 << UInt64($0) : 0, principles: false) }
            case .measure:
                return Self.measureColumn(profile, rows: keys.count)
            }
        }
        rows = keys.enumerated().map { row, key in
            CoverageRow(key: key.key, title: key.title, cells: columns.map { $0[row] })
        }
    }

    /// The cell of the row whose bit is `bit` in the principle masks (or, with `principles` false, the domain
    /// masks). A flag rather than key paths: applying a key path copies each element it reads.
    static func cell(_ profile: PackProfile, bit: UInt64, principles: Bool) -> CoverageCell {
        // Indexing rather than iterating reads the fields in place instead of copying (and retaining) each element.
        var cell = CoverageCell.empty
        let items = profile.items, measures = profile.measures
        // Each action counts once when its item or any item above it is covered; parents come before their
        // sub-items, so one pass marks every item under a covered one.
        var underCovered = [Bool](repeating: false, count: items.count)
        for index in items.indices {
            let covered = (principles ? items[index].principleMask : items[index].domainMask) & bit != 0
            underCovered[index] = covered || (items[index].parentIndex.map { underCovered[$0] } ?? false)
            if underCovered[index] { cell.commitments += items[index].ownCommitments }
            guard covered else { continue }
            if items[index].isPriority { cell.priorities += 1 } else { cell.objectives += 1 }
            cell.items.append(items[index].id)
        }
        for index in measures.indices where (principles ? measures[index].principleMask : measures[index].domainMask) & bit != 0 {
            cell.measures += 1
            if measures[index].evidence.target != nil { cell.targets += 1 }
        }
        return cell
    }

    static func measureColumn(_ profile: PackProfile, rows: Int) -> [CoverageCell] {
        var column = Array(repeating: CoverageCell.empty, count: rows)
        let measures = profile.measures
        for index in measures.indices {
            guard let row = measures[index].catalogueIndex else { continue }
            column[row].measures += 1
            if measures[index].evidence.target != nil { column[row].targets += 1 }
            guard let itemID = measures[index].itemID, !column[row].items.contains(itemID) else { continue }
            column[row].items.append(itemID)
            if let item = measures[index].itemIndex {
                if profile.items[item].isPriority { column[row].priorities += 1 } else { column[row].objectives += 1 }
            }
        }
        return column
    }
}
