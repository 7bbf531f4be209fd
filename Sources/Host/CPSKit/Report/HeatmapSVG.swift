/// A heatmap as inline SVG: rows by columns of shaded cells, each printing its value, with a title, a text
/// description and a legend, so colour is never the only signal.
struct HeatmapSVG {
    /// A cell: how strongly to shade it (0 for none) and what to print in it and in its tooltip.
    struct Cell {
        var weight: Double
        var label: String
        var tooltip: String
        /// The shade (0-5) to use instead of one worked out from `weight`, for a scale of named levels whose legend
        /// gives each shade's meaning.
        var shade: Int? = nil
    }

    var id: String
    var title: String
    var description: String
    var rowLabels: [String]
    var columnLabels: [String]
    var cells: [[Cell]]
    var legend: [String]

    static let shades = ["#ffffff", "#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]

    let rowHeight = 30
    let columnWidth = 112
    let characterWidth = 7

    var labelWidth: Int { min(max((rowLabels.map(\.count).max() ?? 10) * characterWidth + 16, 120), 320) }
    var headerHeight: Int { 44 }
    var width: Int { labelWidth + columnLabels.count * columnWidth + 8 }
    var height: Int { headerHeight + rowLabels.count * rowHeight + 48 }

    /// The shade index (0-5) for a weight between 0 and the largest weight.
    static func shade(_ weight: Double, maximum: Double) -> Int {
        guard weight > 0, maximum > 0 else { return 0 }
        return min(5, max(1, Int((weight / maximum * 5).rounded(.up))))
    }

    func render() -> String {
        let maximum = cells.flatMap { $0.map(\.weight) }.max() ?? 0
        var svg = SVGFormat.start(id: id, width: width, height: height, className: "heatmap", title: title, description: description)
        for (column, label) in columnLabels.enumerated() {
            let x = labelWidth + column * columnWidth + columnWidth / 2
            let lines = wrap(label, width: columnWidth / characterWidth)
            for (index, line) in lines.prefix(2).enumerated() {
                svg += "<text x=\"\(x)\" y=\"\(headerHeight - 8 - (min(lines.count, 2) - 1 - index) * 14)\" text-anchor=\"middle\" font-weight=\"600\">\(HTML.escape(line))</text>\n"
            }
        }
        for (row, label) in rowLabels.enumerated() {
            let y = headerHeight + row * rowHeight
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + rowHeight / 2 + 4)\" text-anchor=\"end\">\(HTML.escape(truncated(label, to: (labelWidth - 16) / characterWidth)))</text>\n"
            for (column, cell) in cells[row].enumerated() {
                let x = labelWidth + column * columnWidth
                let shade = cell.shade.map { min(max($0, 0), 5) } ?? Self.shade(cell.weight, maximum: maximum)
                svg += "<g><title>\(HTML.escape(cell.tooltip))</title>"
                svg += "<rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(columnWidth - 2)\" height=\"\(rowHeight - 2)\" fill=\"\(Self.shades[shade])\" stroke=\"#b1b4b6\"/>"
                let ink = shade >= 4 ? "#ffffff" : "#1b1b1b"
                svg += "<text x=\"\(x + columnWidth / 2)\" y=\"\(y + rowHeight / 2 + 4)\" text-anchor=\"middle\" fill=\"\(ink)\">\(HTML.escape(cell.label.isEmpty ? "–" : cell.label))</text></g>\n"
            }
        }
        let legendY = headerHeight + rowLabels.count * rowHeight + 18
        var x = labelWidth
        for (index, text) in legend.enumerated() {
            svg += "<rect x=\"\(x)\" y=\"\(legendY)\" width=\"14\" height=\"14\" fill=\"\(Self.shades[min(index, 5)])\" stroke=\"#b1b4b6\"/>"
            svg += "<text x=\"\(x + 20)\" y=\"\(legendY + 11)\">\(HTML.escape(text))</text>\n"
            x += 20 + text.count * characterWidth + 18
        }
        return svg + "</svg>"
    }

    func wrap(_ text: String, width: Int) -> [String] {
        TextWrapping.wrap(text, width: max(width, 4))
    }

    func truncated(_ text: String, to count: Int) -> String {
        text.count <= count ? text : String(text.prefix(max(count - 1, 1))) + "…"
    }
}
