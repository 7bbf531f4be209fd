import CorporateParenting
import CPSEngine

/// A line chart of figures over years as inline SVG: one line per authority, each with its own marker shape and
/// its name at the line's end, and England dashed.
struct TrendChartSVG {
    struct Series {
        var label: String
        var points: [(year: String, value: Double?)]
    }

    var id: String
    var title: String
    var description: String
    var years: [String]
    var series: [Series]
    var england: Series?

    let left = 50, plotWidth = 420, top = 20, plotHeight = 180, right = 190
    static let colours = ["#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738", "#5694ca", "#912b88", "#85994b"]

    var width: Int { left + plotWidth + right }
    var height: Int { top + plotHeight + 40 }

    func render() -> String {
        let values = (series + (england.map { [$0] } ?? [])).flatMap { $0.points.compactMap(\.value) }
        guard let low = values.min(), let high = values.max(), !years.isEmpty else { return "" }
        let padding = max((high - low) * 0.1, 0.5)
        let step = high - low > 20 ? 10.0 : 1.0
        // Figures that cannot be negative start at 0; a measure such as Progress 8 goes below it.
        let minimum = max(((low - padding) / step).rounded(.down) * step, low >= 0 ? 0 : -Double.infinity)
        let maximum = max(((high + padding) / step).rounded(.up) * step, minimum + step)
        func x(_ year: String) -> Double {
            let index = Double(years.firstIndex(of: year) ?? 0)
            return Double(left) + (years.count == 1 ? Double(plotWidth) / 2 : index / Double(years.count - 1) * Double(plotWidth))
        }
        func y(_ value: Double) -> Double { Double(top + plotHeight) - (value - minimum) / (maximum - minimum) * Double(plotHeight) }
        var svg = SVGFormat.start(id: id, width: width, height: height, className: "chart", title: title, description: description) + """
        <line x1="\(left)" y1="\(top + plotHeight)" x2="\(left + plotWidth)" y2="\(top + plotHeight)" stroke="#505a5f"/>
        <line x1="\(left)" y1="\(top)" x2="\(left)" y2="\(top + plotHeight)" stroke="#505a5f"/>
        <text x="\(left - 6)" y="\(SVGFormat.number(y(maximum)) )" text-anchor="end" dominant-baseline="middle">\(SVGFormat.number(maximum))</text>
        <text x="\(left - 6)" y="\(SVGFormat.number(y(minimum)))" text-anchor="end" dominant-baseline="middle">\(SVGFormat.number(minimum))</text>

        """
        for year in years {
            svg += "<text x=\"\(SVGFormat.number(x(year)))\" y=\"\(top + plotHeight + 18)\" text-anchor=\"middle\">\(HTML.escape(BenchmarkView.year(year)))</text>\n"
        }
        var labels: [(y: Double, text: String, colour: String)] = []
        if let england {
            svg += line(england, colour: "#505a5f", dashed: true, marker: nil, x: x, y: y)
            if let last = england.points.last(where: { $0.value != nil }), let value = last.value { labels.append((y(value), england.label, "#505a5f")) }
        }
        for (index, item) in series.enumerated() {
            let colour = Self.colours[index % Self.colours.count]
            svg += line(item, colour: colour, dashed: false, marker: index, x: x, y: y)
            if let last = item.points.last(where: { $0.value != nil }), let value = last.value { labels.append((y(value), item.label, colour)) }
        }
        // End labels, spread so they do not overlap.
        var placed: [Double] = []
        for label in labels.sorted(by: { $0.y < $1.y }) {
            var position = label.y
            if let previous = placed.last, position - previous < 14 { position = previous + 14 }
            placed.append(position)
            svg += "<text x=\"\(left + plotWidth + 8)\" y=\"\(SVGFormat.number(position + 4))\" fill=\"\(label.colour)\">\(HTML.escape(label.text))</text>\n"
        }
        return svg + "</svg>"
    }

    func line(_ series: Series, colour: String, dashed: Bool, marker: Int?, x: (String) -> Double, y: (Double) -> Double) -> String {
        let points = series.points.compactMap { point in point.value.map { (x(point.year), y($0)) } }
        guard !points.isEmpty else { return "" }
        var svg = "<g><title>\(HTML.escape(series.label + ": " + series.points.map { "\(BenchmarkView.year($0.year)) \($0.value.map(JSONWriter.format) ?? "no figure")" }.joined(separator: ", ")))</title>"
        svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dashed ? " stroke-dasharray=\"6 4\"" : "") points=\"\(points.map { "\(SVGFormat.number($0.0)),\(SVGFormat.number($0.1))" }.joined(separator: " "))\"/>"
        if let marker {
            for point in points { svg += Self.marker(marker, at: point, colour: colour) }
        }
        return svg + "</g>\n"
    }

    /// A circle, square, triangle or diamond, by series.
    static func marker(_ index: Int, at point: (Double, Double), colour: String) -> String {
        let (cx, cy) = (SVGFormat.number(point.0), SVGFormat.number(point.1))
        switch index % 4 {
        case 0: return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"4\" fill=\"\(colour)\"/>"
        case 1: return "<rect x=\"\(SVGFormat.number(point.0 - 4))\" y=\"\(SVGFormat.number(point.1 - 4))\" width=\"8\" height=\"8\" fill=\"\(colour)\"/>"
        case 2: return "<path d=\"M\(cx) \(SVGFormat.number(point.1 - 5)) L\(SVGFormat.number(point.0 + 5)) \(SVGFormat.number(point.1 + 4)) L\(SVGFormat.number(point.0 - 5)) \(SVGFormat.number(point.1 + 4)) Z\" fill=\"\(colour)\"/>"
        default: return "<path d=\"M\(cx) \(SVGFormat.number(point.1 - 5)) L\(SVGFormat.number(point.0 + 5)) \(cy) L\(cx) \(SVGFormat.number(point.1 + 5)) L\(SVGFormat.number(point.0 - 5)) \(cy) Z\" fill=\"\(colour)\"/>"
        }
    }
}
