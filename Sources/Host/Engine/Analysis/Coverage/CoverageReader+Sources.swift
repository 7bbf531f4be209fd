import CorporateParenting

extension CoverageReader {
    /// The entry behind `contribution`, as it serves a row on `basis`.
    func source(_ contribution: CoverageContribution, basis: MappingBasis) -> CoverageSource {
        let index = profile.index
        var source: CoverageSource
        func make(_ text: String, section: ID<Section>, location: EntryPath, id: String?) -> CoverageSource {
            CoverageSource(
                kind: contribution.kind, basis: basis, inherited: contribution.inherited, id: id, text: text,
                section: index.source(of: section), sectionID: section.rawValue, path: location.description
            )
        }
        switch contribution.origin {
        case .item(let place):
            let placed = index.items[place]
            source = make(placed.value.title, section: placed.section, location: placed.location, id: placed.value.id.rawValue)
            source.itemLevel = placed.value.level
            source.label = placed.value.label
        case .action(let place):
            let placed = index.actions[place]
            source = make(placed.value.text, section: placed.section, location: placed.location, id: nil)
            source.owner = placed.value.owner
            source.timeline = placed.value.timeline
            source.due = placed.value.due
        case .body(let place):
            let placed = index.bodies[place]
            source = make(placed.value.name, section: placed.section, location: placed.location, id: placed.value.id.rawValue)
        case .localPrinciple(let place):
            let placed = index.localPrinciples[place]
            source = make(placed.value.name, section: placed.section, location: placed.location, id: nil)
        case .metric(let place):
            let measure = profile.measures[place]
            let section = index.evidence.first { $0.location.description == measure.location.description }?.section
            source = make(measure.evidence.text, section: section ?? "", location: measure.location, id: measure.evidence.id?.rawValue)
            source.target = measure.evidence.target?.wording
            source.baseline = measure.evidence.baseline?.wording
        }
        return source
    }
}
