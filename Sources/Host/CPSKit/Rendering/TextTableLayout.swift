/// Lays a table out in fixed-width columns that fit a width, wrapping cells of the widest columns.
struct TextTableLayout {
    let table: Table
    let width: Int
    let gap = 2
    let minimumColumn = 8

    func render() -> String {
        let columnCount = table.columns.count
        guard columnCount > 0 else { return "" }
        let widths = columnWidths()
        var lines: [String] = []
        if let caption = table.caption {
            lines += TextWrapping.wrap(caption, width: width)
        }
        lines += renderRow(table.columns, widths: widths, header: true)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
        let rendered = table.rows.map { renderRow($0, widths: widths, header: false) }
        let spaced = rendered.contains { $0.count > 1 }
        for (index, row) in rendered.enumerated() {
            if spaced, index > 0 { lines.append("") }
            lines += row
        }
        return lines.map { $0.trailingSpacesRemoved() }.joined(separator: "\n")
    }

    /// Each column gets its natural width when the table fits; otherwise each starts at its longest word and the
    /// space left goes, one character at a time, to the column furthest from its natural width. Only when even
    /// the longest words do not fit are words broken.
    func columnWidths() -> [Int] {
        let columns = table.columns.indices
        let cells = columns.map { column in [table.columns[column]] + table.rows.map { $0[column] } }
        let natural = cells.map { max($0.map(TextWrapping.longestLine).max() ?? 1, 1) }
        let available = width - gap * (natural.count - 1)
        if natural.reduce(0, +) <= available { return natural }
        let longestWord = cells.map { column in
            min(column.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }) }.map(\.count).max() ?? 1, 32)
        }
        var widths = longestWord
        if widths.reduce(0, +) > available {
            // Break words in as few columns as possible: the rightmost first, keeping the first (the row's name)
            // whole as long as possible.
            while widths.reduce(0, +) > available {
                let shrinkable = columns.filter { widths[$0] > minimumColumn }
                let preferred = shrinkable.filter { $0 > 0 }
                guard let column = (preferred.isEmpty ? shrinkable : preferred).last else { break }
                widths[column] -= 1
            }
            return widths
        }
        var spare = available - widths.reduce(0, +)
        while spare > 0 {
            guard let neediest = columns.filter({ widths[$0] < natural[$0] })
                .max(by: { (natural[$0] - widths[$0], -$0) < (natural[$1] - widths[$1], -$1) }) else { break }
            widths[neediest] += 1
            spare -= 1
        }
        return widths
    }

    func renderRow(_ cells: [String], widths: [Int], header: Bool) -> [String] {
        let wrapped = cells.indices.map { TextWrapping.wrap(cells[$0], width: widths[$0]) }
        let height = wrapped.map(\.count).max() ?? 1
        let right = cells.indices.map { !header && table.numericColumns.contains($0) }
        let separator = String(repeating: " ", count: gap)
        return (0..<height).map { line in
            cells.indices.map { column in
                let text = line < wrapped[column].count ? wrapped[column][line] : ""
                return TextWrapping.pad(text, to: widths[column], right: right[column])
            }.joined(separator: separator)
        }
    }
}
