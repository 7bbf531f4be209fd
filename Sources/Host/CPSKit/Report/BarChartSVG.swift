import CPSEngine
/// A horizontal bar chart as inline SVG: one bar per authority with its figure printed, a dashed line for England,
/// and a diamond for each authority's statistical neighbours' mean; marks differ in shape, not only colour.
struct BarChartSVG {
    struct Bar {
        var label: String
        var value: Double?
        var valueLabel: String
        var neighbours: Double?
        var tooltip: String
    }

    var id: String
    var title: String
    var description: String
    var bars: [Bar]
    var england: Double?
    var englandLabel: String
    var maximum: Double
    /// Whether to draw the key to councils, England and neighbours.
    var legend = true

    let rowHeight = 30, labelWidth = 190, plotWidth = 420, top = 34, valueSpace = 80

    var width: Int { labelWidth + plotWidth + valueSpace }
    var height: Int { top + bars.count * rowHeight + (legend ? 40 : 8) }

    func x(_ value: Double) -> Double { Double(labelWidth) + value / max(maximum, 1e-9) * Double(plotWidth) }

    func render() -> String {
        var svg = SVGFormat.start(id: id, width: width, height: height, className: "chart", title: title, description: description) + """
        <line x1="\(labelWidth)" y1="\(top - 6)" x2="\(labelWidth)" y2="\(top + bars.count * rowHeight)" stroke="#505a5f"/>

        """
        for (index, bar) in bars.enumerated() {
            let y = top + index * rowHeight
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 19)\" text-anchor=\"end\">\(HTML.escape(bar.label))</text>\n"
            svg += "<g><title>\(HTML.escape(bar.tooltip))</title>"
            if let value = bar.value {
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 6)\" width=\"\(SVGFormat.number(max(x(value) - Double(labelWidth), 1)))\" height=\"18\" fill=\"#3182bd\"/>"
                let labelX = max(x(value), bar.neighbours.map { x($0) + 4 } ?? 0) + 6
                svg += "<text x=\"\(SVGFormat.number(labelX))\" y=\"\(y + 19)\">\(HTML.escape(bar.valueLabel))</text>"
            } else {
                svg += "<text x=\"\(labelWidth + 6)\" y=\"\(y + 19)\" font-style=\"italic\">\(HTML.escape(bar.valueLabel))</text>"
            }
            if let neighbours = bar.neighbours {
                let cx = x(neighbours), cy = Double(y + 15)
                svg += "<path d=\"M\(SVGFormat.number(cx)) \(SVGFormat.number(cy - 7)) L\(SVGFormat.number(cx + 6)) \(SVGFormat.number(cy)) L\(SVGFormat.number(cx)) \(SVGFormat.number(cy + 7)) L\(SVGFormat.number(cx - 6)) \(SVGFormat.number(cy)) Z\" fill=\"#ffdd00\" stroke=\"#1b1b1b\"/>"
            }
            svg += "</g>\n"
        }
        if let england {
            let ex = SVGFormat.number(x(england))
            svg += "<line x1=\"\(ex)\" y1=\"\(top - 10)\" x2=\"\(ex)\" y2=\"\(top + bars.count * rowHeight)\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
            svg += "<text x=\"\(ex)\" y=\"\(top - 14)\" text-anchor=\"middle\" fill=\"#942514\">\(HTML.escape(englandLabel))</text>\n"
        }
        guard legend else { return svg + "</svg>" }
        let legendY = top + bars.count * rowHeight + 24
        svg += "<rect x=\"\(labelWidth)\" y=\"\(legendY - 10)\" width=\"14\" height=\"10\" fill=\"#3182bd\"/><text x=\"\(labelWidth + 20)\" y=\"\(legendY)\">council</text>"
        svg += "<line x1=\"\(labelWidth + 90)\" y1=\"\(legendY - 4)\" x2=\"\(labelWidth + 114)\" y2=\"\(legendY - 4)\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"\(labelWidth + 120)\" y=\"\(legendY)\">England</text>"
        svg += "<path d=\"M\(labelWidth + 196) \(legendY - 11) L\(labelWidth + 202) \(legendY - 4) L\(labelWidth + 196) \(legendY + 3) L\(labelWidth + 190) \(legendY - 4) Z\" fill=\"#ffdd00\" stroke=\"#1b1b1b\"/><text x=\"\(labelWidth + 208)\" y=\"\(legendY)\">statistical neighbours' mean</text>\n"
        return svg + "</svg>"
    }
}
