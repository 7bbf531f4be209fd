import CorporateParenting
import CPSEngine

/// Reads a table's rows: an action plan (a header row naming an action column and an owner, timeline or outcome
/// column) gives one action a row with its fields; any other table gives one narrative entry a row.
enum ActionPlanTable {
    /// The entries of `rows`.
    static func entries(_ rows: [DraftLine], proposer: inout EntryProposer) -> [Entry] {
        let cells = rows.map { $0.text.split(separator: " | ", omittingEmptySubsequences: false).map(String.init) }
        var columns: [LabelledField.Field: Int] = [:]
        var start = 0
        if let header = cells.first {
            for (index, cell) in header.enumerated() {
                let key = DraftText.normalised(cell)
                if columns[.action] == nil, key == "action" || key == "actions" || key.hasPrefix("what we will do") || key == "what" || key.hasPrefix("action ") {
                    columns[.action] = index
                } else if let field = LabelledField.labels.first(where: { key == $0.0 || key.hasPrefix($0.0 + " ") || key.hasPrefix($0.0 + "/") })?.1, field != .action, columns[field] == nil {
                    columns[field] = index
                } else if key == "who" { columns[.owner] = index } else if key == "when" { columns[.timeline] = index }
            }
            if columns[.action] != nil, columns.count >= 2 { start = 1 } else { columns = [:] }
        }
        var entries: [Entry] = []
        for (offset, row) in cells.enumerated().dropFirst(start) {
            let line = rows[offset]
            guard let actionColumn = columns[.action] else {
                entries.append(EntryProposer.draft(.narrative(Narrative(.context, line.text)), from: line.number, to: line.last, ["a table row kept as narrative; check it"]))
                continue
            }
            guard actionColumn < row.count, !row[actionColumn].isEmpty else { continue }
            guard case .draft(var wrapped) = proposer.action(.action, row[actionColumn], line.number, line.last), case .action(var action) = wrapped.entry else { continue }
            for (field, column) in columns where field != .action && column < row.count && !row[column].isEmpty {
                LabelledField(field: field, value: row[column]).apply(to: &action)
            }
            wrapped.entry = .action(action)
            entries.append(.draft(wrapped))
        }
        return entries
    }
}
