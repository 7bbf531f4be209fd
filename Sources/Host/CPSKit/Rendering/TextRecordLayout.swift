import CPSEngine
/// Lays a table out as records, for widths too narrow for its columns: one record per row, one `Field: value` per
/// line with the headings as labels, values wrapped at spaces under one another, and a blank line between records.
/// A cell under an empty heading (a row's heading in a comparison) stands on its own line. A word is cut only when
/// it is longer than the whole width (less an indent), in time linear in its length.
struct TextRecordLayout {
    let table: Table
    let width: Int

    func render() -> String {
        var lines: [String] = []
        if let caption = table.caption {
            lines += TextWrapping.wrap(caption, width: width)
        }
        let labels = table.columns.map { heading in
            let label = heading.split(separator: "\n").joined(separator: " ")
            return label.isEmpty ? "" : label + ":"
        }
        let labelWidth = min(labels.map(\.count).max() ?? 0, width / 2)
        for (index, row) in table.rows.enumerated() {
            if index > 0 || table.caption != nil { lines.append("") }
            for column in labels.indices {
                lines += field(labels[column], column < row.count ? row[column] : "", labelWidth: labelWidth)
            }
        }
        return lines.map { $0.trailingSpacesRemoved() }.joined(separator: "\n")
    }

    /// The lines of one field: the label padded to `labelWidth` before the value's first line and the rest indented
    /// to match. When the label is longer than that, or a word of the value is wider than the room beside the
    /// labels, the label stands on lines of its own and the value follows, indented two spaces, so only a word
    /// wider than that is cut.
    func field(_ label: String, _ value: String, labelWidth: Int) -> [String] {
        guard !label.isEmpty else { return TextWrapping.wrap(value, width: width) }
        let beside = width - labelWidth - 1
        if label.count <= labelWidth, TextWrapping.longestWord(value) <= beside {
            let indent = String(repeating: " ", count: labelWidth + 1)
            return TextWrapping.wrap(value, width: beside).enumerated().map { index, line in
                (index == 0 ? TextWrapping.pad(label, to: labelWidth) + " " : indent) + line
            }
        }
        let below = value.isEmpty ? [] : TextWrapping.wrap(value, width: width - 2).map { "  " + $0 }
        return TextWrapping.wrap(label, width: width) + below
    }
}
