/// Lays a table out as records, for widths too narrow for its columns: one record per row, one `Field: value` per
/// line with the headings as labels, values wrapped at spaces under one another, and a blank line between records.
/// A cell under an empty heading (a row's heading in a comparison) stands on its own line. Only a word longer than
/// the whole width left for values is cut, in time linear in its length.
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

    /// The lines of one field: the label padded to `labelWidth` before the value's first line, the rest indented
    /// to match; a label too long for that goes on lines of its own above the value.
    func field(_ label: String, _ value: String, labelWidth: Int) -> [String] {
        guard !label.isEmpty else { return TextWrapping.wrap(value, width: width) }
        let indent = String(repeating: " ", count: labelWidth + 1)
        var lines: [String] = []
        var first = indent
        if label.count <= labelWidth {
            first = TextWrapping.pad(label, to: labelWidth) + " "
        } else {
            lines = TextWrapping.wrap(label, width: width)
        }
        for (index, line) in TextWrapping.wrap(value, width: width - labelWidth - 1).enumerated() {
            lines.append((index == 0 ? first : indent) + line)
        }
        return lines
    }
}
