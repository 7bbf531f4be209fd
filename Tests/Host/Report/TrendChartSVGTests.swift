import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// The trend chart: figures below 0 (Progress 8) and a flat series drawn without dividing by a zero range; a unit
/// on the axis, nice ticks between the ends, never past 100% for a percentage, England dashed and labelled, and
/// names at the lines' ends that never overlap.
@Suite struct TrendChartSVGTests {
    static let years = ["2021", "2022", "2023", "2024", "2025"]

    static func chart(_ values: [Double]) -> TrendChartSVG {
        let years = ["201819", "202122", "202223"]
        return TrendChartSVG(
            id: "t", title: "Progress 8", description: "d", years: years,
            series: [.init(label: "Blackpool", points: zip(years, values).map { ($0, $1) })], england: nil
        )
    }

    /// Five councils whose latest figures nearly coincide, and England among them, as percentages near 100.
    static let crowded = TrendChartSVG(
        id: "c", title: "Immunisations", description: "d", years: years,
        series: ["Lancashire", "Leicestershire", "Middlesbrough", "North East Lincolnshire", "Sefton"].enumerated().map { index, name in
            .init(label: name, points: years.enumerated().map { ($1, 90 + Double($0) + Double(index) * 0.2) })
        },
        england: .init(label: "England", points: years.map { ($0, 94.5) }),
        unit: .percent
    )

    /// Whether a coordinate or label is not a number (before the fix, drawing one stopped the program).
    static func hasNonFinite(_ svg: String) -> Bool {
        ["\"nan", "\"-nan", "\"inf", "\"-inf", ">nan", ">inf", ",nan", ",inf", " nan", " inf"].contains { svg.contains($0) }
    }

    @Test func figuresBelowZeroAreDrawnInsideThePlot() {
        let svg = Self.chart([-1.31, -1.26, -1.29]).render()
        #expect(!svg.isEmpty)
        #expect(!Self.hasNonFinite(svg))
        // The axis runs below the lowest figure, not from 0.
        let ticks = SVGProbe.texts(in: svg, containing: "class=\"tick\"").compactMap { Double($0.text) }
        #expect(ticks.min()! <= -1.31 && ticks.max()! >= -1.26 && ticks.max()! <= 0)
    }

    @Test func aFlatSeriesAtZeroHasARange() {
        let svg = Self.chart([0, 0, 0]).render()
        #expect(!svg.isEmpty && !Self.hasNonFinite(svg))
    }

    @Test func theAxisHasAUnitAndNiceTicksNeverPastOneHundredPercent() throws {
        let svg = Self.crowded.render()
        #expect(SVGProbe.texts(in: svg, containing: "class=\"axis-title\"").map(\.text) == ["Per cent"])
        let ticks = SVGProbe.texts(in: svg, containing: "class=\"tick\"").map(\.text)
        #expect(ticks.allSatisfy { $0.hasSuffix("%") }, "\(ticks)")
        let values = ticks.compactMap { Double($0.dropLast()) }
        // Ticks between the ends, at one nice step, and none past 100% (before: "110%" at the top, two ticks).
        #expect(values.count >= 3)
        #expect(values.max()! <= 100 && !svg.contains("110%"))
        let steps = Set(zip(values, values.dropFirst()).map { $1 - $0 })
        let step = try #require(steps.first)
        #expect(steps.count == 1 && ChartScaleTests.isNice(step), "\(values)")
    }

    @Test func englandIsDashedAndLabelled() {
        let svg = Self.crowded.render()
        let england = svg.components(separatedBy: "<g class=\"england\">").dropFirst().first ?? ""
        #expect(england.contains("stroke-dasharray") && england.contains("<polyline"))
        #expect(SVGProbe.texts(in: svg, containing: "class=\"series-label\"").contains { $0.text == "England" })
    }

    @Test func namesAtTheLinesEndsNeverOverlap() {
        let chart = Self.crowded
        let labels = SVGProbe.texts(in: chart.render(), containing: "class=\"series-label\"")
        #expect(labels.count == 6)
        let positions = labels.compactMap { SVGProbe.number("y", of: $0.attributes) }.sorted()
        for (a, b) in zip(positions, positions.dropFirst()) { #expect(b - a >= TrendChartSVG.labelGap - 0.05, "\(positions)") }
        #expect(positions.allSatisfy { $0 > 0 && $0 < Double(chart.height) }, "\(positions)")
    }

    @Test func spreadingKeepsOrderAndStaysAboveTheBottom() {
        let placed = TrendChartSVG.spread([100, 100, 100, 230, 231], gap: 14, top: 20, bottom: 240)
        #expect(placed == [100, 114, 128, 226, 240])
    }
}
