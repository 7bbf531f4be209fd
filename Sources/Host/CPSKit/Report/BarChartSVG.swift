import CorporateParenting
import CPSEngine
/// A horizontal bar chart as inline SVG: one bar per authority with its figure printed, a dashed line for England,
/// and a diamond for each authority's statistical neighbours' mean; marks differ in shape, not only colour.
///
/// The value axis is ticked and titled with the unit. It starts where ``scale`` starts: at 0 for counts, but for
/// figures bunched far from 0 (7-12% of children) at a nice value below the lowest, said under the axis, so the
/// spread between councils shows.
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
    /// The value axis.
    var scale: ChartScale
    /// The measure's unit, for the axis title and ticks; `nil` for a plain number.
    var unit: MeasureUnit? = nil
    /// The value axis's title when it is not the unit's ("Strategies").
    var axisTitle: String? = nil
    /// Whether to draw the key to councils, England and neighbours.
    var legend = true

    let rowHeight = 30, plotWidth = 400, top = 34, valueSpace = 112, characterWidth = 6.6
    /// The widest a label may be before it is wrapped onto a second line and then shortened.
    static let labelLimit = 230

    /// Room for the longest label, on one line if it fits within ``labelLimit``, else on two.
    var labelWidth: Int {
        let longest = Double(bars.map(\.label.count).max() ?? 8) * characterWidth + 16
        return Int(min(max(longest, 80), Double(Self.labelLimit)))
    }
    var width: Int { labelWidth + plotWidth + valueSpace }
    var axisY: Int { top + bars.count * rowHeight }
    var height: Int { axisY + 38 + (legend ? 30 : 0) }

    func x(_ value: Double) -> Double {
        let clamped = min(max(value, scale.minimum), scale.maximum)
        return Double(labelWidth) + (clamped - scale.minimum) / max(scale.maximum - scale.minimum, 1e-9) * Double(plotWidth)
    }

    /// A label's lines: one when it fits, else two, the second shortened with an ellipsis if need be.
    func lines(_ label: String) -> [String] {
        let characters = Int(Double(labelWidth - 12) / characterWidth)
        guard label.count > characters else { return [label] }
        let wrapped = TextWrapping.wrap(label, width: max(characters, 4))
        guard wrapped.count > 2 else { return wrapped }
        let second = wrapped.dropFirst().joined(separator: " ")
        return [wrapped[0], String(second.prefix(max(characters - 1, 1))) + "…"]
    }

    func render() -> String {
        var svg = SVGFormat.start(id: id, width: width, height: height, className: "chart", title: title, description: description)
        for tick in scale.ticks {
            let tx = SVGFormat.number(x(tick))
            svg += "<line x1=\"\(tx)\" y1=\"\(top - 4)\" x2=\"\(tx)\" y2=\"\(axisY)\" stroke=\"#e5e6e7\"/>"
            svg += "<text x=\"\(tx)\" y=\"\(axisY + 14)\" text-anchor=\"middle\" class=\"tick\">\(HTML.escape(ChartAxis.tick(tick, unit)))</text>\n"
        }
        let start = scale.minimum > 0 ? ", axis from \(ChartAxis.tick(scale.minimum, unit)), not 0" : ""
        svg += "<text x=\"\(labelWidth + plotWidth / 2)\" y=\"\(axisY + 30)\" text-anchor=\"middle\" fill=\"#505a5f\" class=\"axis-title\">\(HTML.escape((axisTitle ?? ChartAxis.title(unit)) + start))</text>\n"
        svg += "<line x1=\"\(labelWidth)\" y1=\"\(top - 6)\" x2=\"\(labelWidth)\" y2=\"\(axisY)\" stroke=\"#505a5f\"/>"
        svg += "<line x1=\"\(labelWidth)\" y1=\"\(axisY)\" x2=\"\(labelWidth + plotWidth)\" y2=\"\(axisY)\" stroke=\"#505a5f\"/>\n"
        for (index, bar) in bars.enumerated() {
            let y = top + index * rowHeight
            let text = lines(bar.label)
            svg += "<g><title>\(HTML.escape(bar.tooltip))</title>"
            for (number, line) in text.enumerated() {
                let ly = text.count == 1 ? y + 19 : y + 12 + number * 13
                svg += "<text x=\"\(labelWidth - 8)\" y=\"\(ly)\" text-anchor=\"end\" class=\"bar-label\">\(HTML.escape(line))</text>"
            }
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
            svg += "<line x1=\"\(ex)\" y1=\"\(top - 10)\" x2=\"\(ex)\" y2=\"\(axisY)\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\" class=\"england\"/>\n"
            svg += "<text x=\"\(ex)\" y=\"\(top - 14)\" text-anchor=\"middle\" fill=\"#942514\">\(HTML.escape(englandLabel))</text>\n"
        }
        guard legend else { return svg + "</svg>" }
        let legendY = axisY + 58, lx = labelWidth
        svg += "<rect x=\"\(lx)\" y=\"\(legendY - 10)\" width=\"14\" height=\"10\" fill=\"#3182bd\"/><text x=\"\(lx + 20)\" y=\"\(legendY)\">council</text>"
        svg += "<line x1=\"\(lx + 90)\" y1=\"\(legendY - 4)\" x2=\"\(lx + 114)\" y2=\"\(legendY - 4)\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"\(lx + 120)\" y=\"\(legendY)\">England</text>"
        svg += "<path d=\"M\(lx + 196) \(legendY - 11) L\(lx + 202) \(legendY - 4) L\(lx + 196) \(legendY + 3) L\(lx + 190) \(legendY - 4) Z\" fill=\"#ffdd00\" stroke=\"#1b1b1b\"/><text x=\"\(lx + 208)\" y=\"\(legendY)\">statistical neighbours' mean</text>\n"
        return svg + "</svg>"
    }
}
