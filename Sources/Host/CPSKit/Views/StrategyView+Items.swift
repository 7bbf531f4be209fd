import CorporateParenting

extension StrategyView {
    /// Every priority, objective, commitment, outcome and measure, one per row with its source.
    var itemsTable: Table {
        var rows: [[String]] = []
        for item in pack.items {
            let kind = item is Priority ? "priority" : "objective"
            rows.append([kind, item.id, "", item.title, item.principles.map(String.init).joined(separator: " "),
                         item.domains.map(\.rawValue).joined(separator: " "), item.source])
            for commitment in item.commitments {
                rows.append(["commitment (\(commitment.kind.rawValue))", "", item.id, commitment.text, "", "", commitment.source])
            }
            for outcome in item.outcomes {
                rows.append(["outcome", outcome.id, item.id, outcome.statement, "", "", outcome.source])
            }
        }
        for placed in pack.allMeasures {
            let measure = placed.measure
            rows.append(["measure", measure.id, placed.outcomeID ?? placed.itemID ?? "", measure.title, "",
                         measure.standardMeasure.map { framework.measure($0)?.domain.rawValue ?? "" } ?? "", measure.source])
        }
        for pledge in pack.pledges {
            rows.append(["pledge", pledge.id, "", pledge.title, "", "", pledge.source])
            for promise in pledge.promises {
                rows.append(["promise", "", pledge.id, promise.text, "", "", promise.source])
            }
        }
        for group in pack.workingGroups {
            rows.append(["working group (\(group.kind.rawValue))", group.id, group.priorities.joined(separator: " "),
                         group.name + (group.chair.map { " (chair: \($0))" } ?? ""), "", "", group.source])
        }
        return Table(columns: ["Kind", "Id", "Parent", "Text", "Principles", "Domains", "Source"], rows: rows)
    }
}
