import CPSEngine
/// A heatmap as inline SVG: rows by columns of shaded cells, each printing its value, with a title, a text
/// description and a legend, so colour is never the only signal.
///
/// A cell's shade comes from the same ``Band`` list the legend draws, so a value is always shaded as the legend
/// band that holds it. A cell that is not a value at all (a strategy against itself) is drawn hatched, with its own
/// legend entry.
struct HeatmapSVG {
    /// A cell: its value (`nil` for a cell that is not compared, such as the diagonal), what to print in it and in
    /// its tooltip.
    struct Cell {
        var weight: Double?
        var label: String
        var tooltip: String
    }

    /// A legend band: the values above `above` up to and including `upTo`, and what the legend says of them.
    struct Band: Equatable {
        var above: Double
        var upTo: Double
        var label: String

        func holds(_ value: Double) -> Bool { value > above && value <= upTo }
    }

    var id: String
    var title: String
    var description: String
    var rowLabels: [String]
    var columnLabels: [String]
    var cells: [[Cell]]
    /// The bands, lightest first; the first is usually "none" (0). A value past the last band takes the last shade.
    var bands: [Band]
    /// The legend's words for a cell whose weight is `nil`, when there is one.
    var notCompared: String? = nil

    static let shades = ["#ffffff", "#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
    /// The fill of a cell that is not compared: this figure's hatch pattern (ids are unique on the page).
    var hatch: String { "url(#\(id)-hatch)" }

    let rowHeight = 30
    let columnWidth = 112
    let characterWidth = 7

    var labelWidth: Int { min(max((rowLabels.map(\.count).max() ?? 10) * characterWidth + 16, 120), 320) }
    var headerHeight: Int { 44 }
    var gridWidth: Int { labelWidth + columnLabels.count * columnWidth }
    var width: Int { max(gridWidth + 8, 480) }
    var height: Int { headerHeight + rowLabels.count * rowHeight + 16 + legendRows.count * 22 }

    /// The shade of each band: spread over the palette when there are fewer bands than shades.
    var bandShades: [String] {
        guard bands.count > 1 else { return [Self.shades[0]] }
        return bands.indices.map { index in
            index == 0 && bands[0].upTo <= 0 ? Self.shades[0]
                : Self.shades[min(5, max(1, Int((Double(index) / Double(bands.count - 1) * 5).rounded())))]
        }
    }

    /// The fill of a cell's weight: the band that holds it, the hatch for none.
    func fill(_ weight: Double?) -> String {
        guard let weight else { return hatch }
        let shades = bandShades
        let index = bands.firstIndex { $0.holds(weight) } ?? (weight <= (bands.first?.above ?? 0) ? 0 : bands.count - 1)
        return shades[max(0, min(index, shades.count - 1))]
    }

    /// The legend's entries (fill and words), laid out in rows that fit the figure's width.
    var legendRows: [[(x: Int, fill: String, text: String)]] {
        let entries = zip(bandShades, bands.map(\.label)).map { ($0, $1) } + (notCompared.map { [(hatch, $0)] } ?? [])
        var rows: [[(x: Int, fill: String, text: String)]] = [[]]
        var x = 8
        for (fill, text) in entries {
            let entryWidth = 20 + text.count * characterWidth + 18
            if x + entryWidth > width - 4, !rows[rows.count - 1].isEmpty {
                rows.append([])
                x = 8
            }
            rows[rows.count - 1].append((x, fill, text))
            x += entryWidth
        }
        return rows
    }

    func render() -> String {
        var svg = SVGFormat.start(id: id, width: width, height: height, className: "heatmap", title: title, description: description)
        svg += "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f3f2f1\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b1b4b6\" stroke-width=\"2\"/></pattern></defs>\n"
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
                let fill = fill(cell.weight)
                svg += "<g class=\"cell\"><title>\(HTML.escape(cell.tooltip))</title>"
                svg += "<rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(columnWidth - 2)\" height=\"\(rowHeight - 2)\" fill=\"\(fill)\" stroke=\"#b1b4b6\"/>"
                let ink = fill == Self.shades[4] || fill == Self.shades[5] ? "#ffffff" : "#1b1b1b"
                svg += "<text x=\"\(x + columnWidth / 2)\" y=\"\(y + rowHeight / 2 + 4)\" text-anchor=\"middle\" fill=\"\(ink)\">\(HTML.escape(cell.label.isEmpty ? "–" : cell.label))</text></g>\n"
            }
        }
        var legendY = headerHeight + rowLabels.count * rowHeight + 16
        for row in legendRows {
            for entry in row {
                svg += "<g class=\"legend\"><rect x=\"\(entry.x)\" y=\"\(legendY)\" width=\"14\" height=\"14\" fill=\"\(entry.fill)\" stroke=\"#b1b4b6\"/>"
                svg += "<text x=\"\(entry.x + 20)\" y=\"\(legendY + 11)\">\(HTML.escape(entry.text))</text></g>\n"
            }
            legendY += 22
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

extension HeatmapSVG.Band {
    /// "none" for 0, then five bands of equal width up to `maximum`, each labelled with the range of values it
    /// holds, written by `unit` to `resolution` ("0.401–0.600"). With `whole`, bands hold whole numbers ("1–3",
    /// "4–6"...), fewer when the maximum is small.
    static func even(maximum: Double, whole: Bool, resolution: Double = 1, unit: (Double) -> String) -> [HeatmapSVG.Band] {
        var bands = [HeatmapSVG.Band(above: -Double.infinity, upTo: 0, label: "none")]
        guard maximum > 0 else { return bands }
        if whole {
            let top = Int(maximum.rounded(.up)), count = min(5, top), size = Int((Double(top) / Double(count)).rounded(.up))
            var low = 1
            while low <= top {
                let high = min(low + size - 1, top)
                bands.append(.init(above: Double(low - 1), upTo: Double(high), label: low == high ? unit(Double(low)) : "\(unit(Double(low)))–\(unit(Double(high)))"))
                low = high + 1
            }
            return bands
        }
        for index in 1...5 {
            let above = maximum * Double(index - 1) / 5, upTo = maximum * Double(index) / 5
            bands.append(.init(above: above, upTo: upTo, label: "\(unit(index == 1 ? resolution : above + resolution))–\(unit(upTo))"))
        }
        return bands
    }
}
