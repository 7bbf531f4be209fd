import CorporateParenting
import CPSEngine

extension StrategyView {
    /// Every entry of the outline on one row, in the document's order, with the item or body it sits under, its
    /// mappings and their basis, and its heading path.
    var entriesTable: Table {
        var rows: [[String]] = []
        for section in pack.sections + pack.actionPlans.flatMap(\.sections) {
            addRows(.section(section), section: section.id, parent: "", into: &rows)
        }
        return Table(columns: ["Kind", "Type", "Id", "Parent", "Text", "Principles", "Domains", "Basis", "Source"], rows: rows)
    }

    func addRows(_ entry: Entry, section: ID<Section>, parent: String, into rows: inout [[String]]) {
        let here: ID<Section>
        if case .section(let child) = entry { here = child.id } else { here = section }
        let (type, id, text, mappings) = row(entry)
        let principles = Set(mappings.flatMap(\.principles)).sorted().map(\.description).joined(separator: " ")
        let domains = mappings.flatMap(\.domains).reduce(into: [DomainID]()) { if !$0.contains($1) { $0.append($1) } }
        let bases = MappingBasis.allCases.filter { basis in mappings.contains { $0.basis == basis } }
        rows.append([entry.key, type, id, parent, text, principles, domains.map(\.rawValue).joined(separator: " "),
                     bases.map(\.rawValue).joined(separator: " "), sourceName(here)])
        switch entry {
        case .section(let child):
            for grandchild in child.content { addRows(grandchild, section: here, parent: parent, into: &rows) }
        case .item(let item):
            for child in item.content { addRows(child, section: here, parent: item.id.rawValue, into: &rows) }
        case .body(let body):
            for child in body.content { addRows(child, section: here, parent: body.id.rawValue, into: &rows) }
        default:
            break
        }
    }

    /// An entry's type (its level or kind), id, text and mappings.
    func row(_ entry: Entry) -> (String, String, String, [Mapping]) {
        switch entry {
        case .section(let section): ("", section.id.rawValue, section.heading, [])
        case .draft(let draft): row(draft.entry)
        case .item(let item): (item.level.rawValue, item.id.rawValue, PackText.title(item), item.mappings)
        case .body(let body): (body.kind.rawValue, body.id.rawValue, body.name, body.mappings)
        case .narrative(let narrative): (narrative.kind.rawValue, "", narrative.text, [])
        case .action(let action): (action.kind.rawValue, "", action.text, action.mappings)
        case .evidence(let evidence):
            (evidence.kind.rawValue + " (" + evidence.purpose.rawValue + ")", evidence.id?.rawValue ?? "", evidence.text, [])
        case .localPrinciple(let principle):
            ("", "", principle.name + (principle.text.map { ": \($0)" } ?? ""), principle.mappings)
        case .definition(let definition): ("", "", "\(definition.term): \(definition.text)", [])
        case .scope(let scope): ("", "", scope.text ?? PackText.scopeDetails(scope), [])
        case .citation(let citation): (citation.kind.rawValue, "", citation.title, [])
        case .coproduction(let coproduction): ("", "", coproduction.text, coproduction.mappings)
        case .partner(let partner): ("", "", partner.name, [])
        case .signatory(let signatory): ("", "", [signatory.name, signatory.role].compactMap { $0 }.joined(separator: ", "), [])
        case .expectations(let set): ("", "", set.title, [])
        }
    }
}
