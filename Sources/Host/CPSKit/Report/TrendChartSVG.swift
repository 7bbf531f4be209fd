import CorporateParenting
import CPSEngine

/// A line chart of figures over years as inline SVG: one line per authority, each with its own marker shape and
/// its name at the line's end, and England dashed and labelled. The value axis is named by the measure's unit and
/// ticked at nice steps (see ``ChartScale``); names at the lines' ends are spread so that they never overlap.
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
    /// The measure's unit, for the axis title and the ticks ("20%"); `nil` for a plain number.
    var unit: MeasureUnit? = nil

    let left = 64, plotWidth = 400, top = 28, plotHeight = 200, right = 180
    /// The least distance between two names at the lines' ends, a little over the font's height.
    static let labelGap = 14.0
    static let colours = ["#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738", "#5694ca", "#912b88", "#85994b"]

    var width: Int { left + plotWidth + right }
    var height: Int { top + plotHeight + 40 }

    /// The value axis for every figure drawn, England's included.
    var scale: ChartScale? {
        let values = (series + (england.map { [$0] } ?? [])).flatMap { $0.points.compactMap(\.value) }
        guard let low = values.min(), let high = values.max() else { return nil }
        return ChartScale.fitting(low: low, high: high, bounds: ChartScale.bounds(percent: unit == .percent, low: low))
    }

    func render() -> String {
        guard let scale, !years.isEmpty else { return "" }
        func x(_ year: String) -> Double {
            let index = Double(years.firstIndex(of: year) ?? 0)
            return Double(left) + (years.count == 1 ? Double(plotWidth) / 2 : index / Double(years.count - 1) * Double(plotWidth))
        }
        func y(_ value: Double) -> Double {
            Double(top + plotHeight) - (value - scale.minimum) / (scale.maximum - scale.minimum) * Double(plotHeight)
        }
        var svg = SVGFormat.start(id: id, width: width, height: height, className: "chart", title: title, description: description)
        svg += "<text x=\"4\" y=\"\(top - 14)\" fill=\"#505a5f\" class=\"axis-title\">\(HTML.escape(ChartAxis.title(unit)))</text>\n"
        for tick in scale.ticks {
            let ty = SVGFormat.number(y(tick))
            svg += "<line x1=\"\(left)\" y1=\"\(ty)\" x2=\"\(left + plotWidth)\" y2=\"\(ty)\" stroke=\"#e5e6e7\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(ty)\" text-anchor=\"end\" dominant-baseline=\"middle\" class=\"tick\">\(HTML.escape(ChartAxis.tick(tick, unit)))</text>\n"
        }
        svg += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\" stroke=\"#505a5f\"/>"
        svg += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\" stroke=\"#505a5f\"/>\n"
        // Every year labelled when there is room, else every second or third, always the last.
        let every = max(1, Int((Double(years.count) * 58 / Double(plotWidth)).rounded(.up)))
        for (index, year) in years.enumerated() where (years.count - 1 - index) % every == 0 {
            svg += "<text x=\"\(SVGFormat.number(x(year)))\" y=\"\(top + plotHeight + 18)\" text-anchor=\"middle\">\(HTML.escape(BenchmarkView.year(year)))</text>\n"
        }
        var labels: [(y: Double, text: String, colour: String)] = []
        if let england {
            svg += line(england, colour: "#1b1b1b", dashed: true, marker: nil, x: x, y: y)
            if let value = england.points.last(where: { $0.value != nil })?.value { labels.append((y(value), england.label, "#1b1b1b")) }
        }
        for (index, item) in series.enumerated() {
            let colour = Self.colours[index % Self.colours.count]
            svg += line(item, colour: colour, dashed: false, marker: index, x: x, y: y)
            if let value = item.points.last(where: { $0.value != nil })?.value { labels.append((y(value), item.label, colour)) }
        }
        let order = labels.indices.sorted { labels[$0].y < labels[$1].y }
        let positions = Self.spread(order.map { labels[$0].y }, gap: Self.labelGap, top: Double(top), bottom: Double(top + plotHeight + 24))
        for (place, index) in order.enumerated() {
            let label = labels[index]
            svg += "<text x=\"\(left + plotWidth + 10)\" y=\"\(SVGFormat.number(positions[place]))\" dominant-baseline=\"middle\" fill=\"\(label.colour)\" class=\"series-label\">\(HTML.escape(label.text))</text>\n"
        }
        return svg + "</svg>"
    }

    /// Label positions for the sorted `wanted` positions, each as near its own as it can be with at least `gap`
    /// between neighbours: pushed down past any label above, then, if that runs past `bottom`, pushed back up.
    static func spread(_ wanted: [Double], gap: Double, top: Double, bottom: Double) -> [Double] {
        var placed: [Double] = []
        for position in wanted { placed.append(max(position, (placed.last ?? -Double.infinity) + gap, top)) }
        var floor = bottom
        for index in placed.indices.reversed() {
            placed[index] = min(placed[index], floor)
            floor = placed[index] - gap
        }
        return placed
    }

    func line(_ series: Series, colour: String, dashed: Bool, marker: Int?, x: (String) -> Double, y: (Double) -> Double) -> String {
        let points = series.points.compactMap { point in point.value.map { (x(point.year), y($0)) } }
        guard !points.isEmpty else { return "" }
        var svg = "<g class=\"\(dashed ? "england" : "series")\"><title>\(HTML.escape(series.label + ": " + series.points.map { "\(BenchmarkView.year($0.year)) \($0.value.map(JSONWriter.format) ?? "no figure")" }.joined(separator: ", ")))</title>"
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
