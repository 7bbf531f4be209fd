import CPSEngine
/// Lays a table out in fixed-width columns that fit a width, never cutting a word: prose columns wrap at spaces,
/// the widest giving way first, while token columns (ids, codes, dates, numbers) keep their natural width. When
/// even that cannot fit, the table is laid out as records instead (see ``TextRecordLayout``).
struct TextTableLayout {
    let table: Table
    let width: Int
    /// Spaces between columns.
    let gap = 2
    /// The narrowest a prose column is wrapped to (or its natural width, when less): narrower, its cells would be a
    /// word a line, and the record layout reads better.
    let minimumProse = 10

    /// How wide one column is with nothing wrapped, and the least it can be wrapped to without cutting a word.
    struct Extent: Equatable {
        var natural: Int
        var minimum: Int
    }

    func render() -> String {
        guard !table.columns.isEmpty else { return "" }
        guard let widths = columnWidths() else { return TextRecordLayout(table: table, width: width).render() }
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

    /// Each column's extent. A prose column's minimum is its longest word (heading included), or ``minimumProse``
    /// when that is more and the column is naturally wider; a token column's is its widest cell or the longest
    /// word of its heading, which may wrap.
    func extents() -> [Extent] {
        table.columns.indices.map { column in
            let heading = table.columns[column]
            let cells = table.rows.map { column < $0.count ? $0[column] : "" }
            let widestCell = cells.map(TextWrapping.longestLine).max() ?? 0
            let natural = max(widestCell, TextWrapping.longestLine(heading), 1)
            guard table.kind(of: column) == .prose else {
                return Extent(natural: natural, minimum: max(widestCell, TextWrapping.longestWord(heading), 1))
            }
            let longestWord = max(cells.map(TextWrapping.longestWord).max() ?? 0, TextWrapping.longestWord(heading), 1)
            return Extent(natural: natural, minimum: max(longestWord, min(natural, minimumProse)))
        }
    }

    /// The columns' widths, or nil when the table cannot fit without cutting a word or squeezing its prose below
    /// ``minimumProse``. Every column gets its natural width when the table fits. Otherwise prose columns give
    /// way first, token columns keeping their natural width; only when the prose is as narrow as it goes do the
    /// token columns' headings wrap.
    func columnWidths() -> [Int]? {
        let extents = extents()
        let available = width - gap * (extents.count - 1)
        let natural = extents.map(\.natural), minimum = extents.map(\.minimum)
        if natural.reduce(0, +) <= available { return natural }
        let isToken = extents.indices.map { table.kind(of: $0) == .token }
        let proseNarrowest = extents.indices.map { isToken[$0] ? natural[$0] : minimum[$0] }
        if proseNarrowest.reduce(0, +) <= available {
            return Self.narrowed(from: natural, to: proseNarrowest, toFit: available)
        }
        if minimum.reduce(0, +) > available { return nil }
        return Self.narrowed(from: proseNarrowest, to: minimum, toFit: available)
    }

    /// Widths between `floor` and `ceiling` (column by column) that fit `available`, which `floor` does, the widest
    /// giving way first: every column is held to a common limit (never below its floor), the highest limit at
    /// which the total fits, and what is left over widens the first of the columns held to it.
    static func narrowed(from ceiling: [Int], to floor: [Int], toFit available: Int) -> [Int] {
        func widths(limit: Int) -> [Int] { ceiling.indices.map { max(floor[$0], min(ceiling[$0], limit)) } }
        // The total grows with the limit: find the highest limit that fits.
        var low = 0, high = ceiling.max() ?? 0
        while low < high {
            let middle = (low + high + 1) / 2
            if widths(limit: middle).reduce(0, +) <= available { low = middle } else { high = middle - 1 }
        }
        var result = widths(limit: low)
        var spare = available - result.reduce(0, +)
        for column in result.indices where spare > 0 && result[column] == low && ceiling[column] > low {
            result[column] += 1
            spare -= 1
        }
        return result
    }

    func renderRow(_ cells: [String], widths: [Int], header: Bool) -> [String] {
        let wrapped = widths.indices.map { TextWrapping.wrap($0 < cells.count ? cells[$0] : "", width: widths[$0]) }
        let height = wrapped.map(\.count).max() ?? 1
        let right = widths.indices.map { !header && table.numericColumns.contains($0) }
        let separator = String(repeating: " ", count: gap)
        return (0..<height).map { line in
            widths.indices.map { column in
                let text = line < wrapped[column].count ? wrapped[column][line] : ""
                return TextWrapping.pad(text, to: widths[column], right: right[column])
            }.joined(separator: separator)
        }
    }
}
