import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// The bar chart's scale shows the spread between councils, says where its axis starts, and keeps every label
/// inside the figure.
@Suite struct BarChartSVGTests {
    static func chart(_ values: [Double], labels: [String]? = nil, unit: MeasureUnit? = .percent) -> BarChartSVG {
        BarChartSVG(
            id: "b", title: "t", description: "d",
            bars: values.enumerated().map { index, value in
                .init(label: labels?[index] ?? "Council \(index)", value: value, valueLabel: "\(value)%", neighbours: nil, tooltip: "")
            },
            england: 10, englandLabel: "England 10%", scale: ReportView.barScale(values + [10], unit: unit), unit: unit
        )
    }

    /// Each bar's drawn width, in order.
    static func widths(_ svg: String) -> [Double] {
        SVGProbe.elements("rect", in: svg, containing: ["fill=\"#3182bd\"", "height=\"18\""]).compactMap { SVGProbe.number("width", of: $0) }
    }

    @Test func sevenToTwelvePercentShowsItsSpread() throws {
        let chart = Self.chart([7, 9, 12, 8])
        let svg = chart.render()
        let widths = Self.widths(svg)
        #expect(widths.count == 4)
        // On 0-100 the 12% bar was under twice the 7% bar and both were slivers; now the difference fills the plot.
        #expect(widths[2] / widths[0] > 3, "\(widths)")
        #expect(widths[2] > Double(chart.plotWidth) / 2)
        #expect(chart.scale.maximum <= 100 && chart.scale.minimum > 0)
        let axis = try #require(SVGProbe.texts(in: svg, containing: "class=\"axis-title\"").first?.text)
        #expect(axis == "Per cent, axis from \(ChartAxis.tick(chart.scale.minimum, .percent)), not 0")
        #expect(SVGProbe.texts(in: svg, containing: "class=\"tick\"").count >= 3)
    }

    @Test func figuresReachingNearZeroAreDrawnFromZero() {
        let chart = Self.chart([2, 9, 30])
        #expect(chart.scale.minimum == 0)
        #expect(SVGProbe.texts(in: chart.render(), containing: "class=\"axis-title\"").first?.text == "Per cent")
    }

    @Test func longLabelsAreNotCutOffOnTheLeft() {
        // The compact layout's principle labels, which ran off the left edge at a fixed label width.
        let labels = ["1. Act in the best interests, and promote the physical and mental health and well-being, of those children and young people",
                      "2. Express views, wishes and feelings", "Social work workforce"]
        let chart = Self.chart([3, 9, 15], labels: labels, unit: nil)
        for label in SVGProbe.texts(in: chart.render(), containing: "class=\"bar-label\"") {
            let right = SVGProbe.number("x", of: label.attributes) ?? 0
            #expect(right - Double(label.text.count) * chart.characterWidth >= 0, "\(label.text)")
        }
    }
}
