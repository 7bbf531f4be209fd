import CPSEngine
/// Unfolds a table whose columns are items, as a PDF's text gives it: a row of labels ("Outcome 1<TAB>Outcome 2...")
/// then rows of cells. Each column becomes a title line standing alone followed by its cells, one table row each,
/// so the outline finder sees "Outcome 1" as a heading with its own content.
enum ColumnTable {
    /// The lines with each such table unfolded.
    static func unfolded(_ lines: [DraftLine]) -> [DraftLine] {
        var out: [DraftLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let labels = cells(line.raw)
            guard labels.count >= 2, labels.allSatisfy({ ItemLabel.read($0) != nil }) else {
                out.append(line)
                index += 1
                continue
            }
            // The rows below: lines with tabs, blank lines between them, up to the first line of text without a tab.
            var rows: [DraftLine] = []
            var end = index + 1
            while end < lines.count, lines[end].shape == .blank || lines[end].raw.contains("\t") {
                if lines[end].shape != .blank { rows.append(lines[end]) }
                end += 1
            }
            for (column, label) in labels.enumerated() {
                out.append(DraftLine(number: line.number, text: "", shape: .blank))
                out.append(DraftLine(number: line.number, text: label, shape: .text))
                out.append(DraftLine(number: line.number, text: "", shape: .blank))
                for row in rows {
                    let values = row.raw.split(separator: "\t", omittingEmptySubsequences: false).map { DraftText.clean(String($0)) }
                    guard column < values.count, !values[column].isEmpty else { continue }
                    out.append(DraftLine(number: row.number, text: values[column], shape: .row))
                }
            }
            index = end
        }
        return out
    }

    /// A line's tab-separated cells, empty ones left out.
    static func cells(_ raw: String) -> [String] {
        guard raw.contains("\t") else { return [] }
        return raw.split(separator: "\t").map { DraftText.clean(String($0)) }.filter { !$0.isEmpty }
    }
}
