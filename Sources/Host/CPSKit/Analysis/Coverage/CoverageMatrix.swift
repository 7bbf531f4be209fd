import CorporateParenting

/// How each strategy covers each principle, domain or standard measure.
///
/// A cell counts the priorities and objectives mapped to the row, the commitments under them and the measures
/// behind the row (see ``PackProfile`` for how measures are mapped). For standard measures, a cell counts the
/// authority's measures bound to that standard measure and the items they sit under.
public struct CoverageMatrix: Codable, Equatable, Sendable {
    /// What the rows are.
    public var dimension: CoverageDimension
    /// The authorities, one per column.
    public var authorities: [AuthorityRef]
    /// The rows.
    public var rows: [CoverageRow]

    /// Works out the matrix.
    public init(_ profiles: [PackProfile], by dimension: CoverageDimension, framework: OutcomeFramework) {
        self.dimension = dimension
        authorities = profiles.map(\.ref)
        switch dimension {
        case .principle:
            rows = framework.principles.map { principle in
                CoverageRow(key: String(principle.number), title: principle.shortTitle, cells: profiles.map { profile in
                    Self.cell(profile, items: { $0.principles.contains(principle.number) }, measures: { $0.principles.contains(principle.number) })
                })
            }
        case .domain:
            rows = framework.domains.map { domain in
                CoverageRow(key: domain.id.rawValue, title: domain.title, cells: profiles.map { profile in
                    Self.cell(profile, items: { $0.domains.contains(domain.id) }, measures: { $0.domains.contains(domain.id) })
                })
            }
        case .measure:
            rows = framework.measures.map { standard in
                CoverageRow(key: standard.id.rawValue, title: standard.title, cells: profiles.map { profile in
                    Self.measureCell(profile, standard.id)
                })
            }
        }
    }

    static func cell(
        _ profile: PackProfile,
        items matchesItem: (any StrategyItem) -> Bool,
        measures matchesMeasure: (PackProfile.ProfiledMeasure) -> Bool
    ) -> CoverageCell {
        let items = profile.items.filter(matchesItem)
        let measures = profile.measures.filter(matchesMeasure)
        return CoverageCell(
            priorities: items.filter { $0 is Priority }.count,
            objectives: items.filter { $0 is Objective }.count,
            commitments: items.reduce(0) { $0 + $1.commitments.count },
            measures: measures.count,
            targets: measures.filter { $0.measure.target != nil }.count,
            items: items.map(\.id)
        )
    }

    static func measureCell(_ profile: PackProfile, _ id: StandardMeasureID) -> CoverageCell {
        let measures = profile.measures.filter { $0.measure.standardMeasure == id }
        let itemIDs = measures.compactMap(\.itemID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let items = profile.items.filter { itemIDs.contains($0.id) }
        return CoverageCell(
            priorities: items.filter { $0 is Priority }.count,
            objectives: items.filter { $0 is Objective }.count,
            commitments: 0,
            measures: measures.count,
            targets: measures.filter { $0.measure.target != nil }.count,
            items: itemIDs
        )
    }
}
