@testable import CPSEngine
@testable import CPSKit
import Testing

/// The trend chart draws figures below 0 (Progress 8) and a flat series, never dividing by a zero range.
@Suite struct TrendChartSVGTests {
    static func chart(_ values: [Double]) -> TrendChartSVG {
        let years = ["201819", "202122", "202223"]
        return TrendChartSVG(
            id: "t", title: "Progress 8", description: "d", years: years,
            series: [.init(label: "Blackpool", points: zip(years, values).map { ($0, $1) })], england: nil
        )
    }

    /// Whether a coordinate or label is not a number (before the fix, drawing one stopped the program).
    static func hasNonFinite(_ svg: String) -> Bool {
        ["\"nan", "\"-nan", "\"inf", "\"-inf", ">nan", ">inf", ",nan", ",inf", " nan", " inf"].contains { svg.contains($0) }
    }

    @Test func figuresBelowZeroAreDrawnInsideThePlot() {
        let svg = Self.chart([-1.31, -1.26, -1.29]).render()
        #expect(!svg.isEmpty)
        #expect(!Self.hasNonFinite(svg))
        // The axis runs below the lowest figure, not from 0.
        #expect(svg.contains(">-2</text>"))
    }

    @Test func aFlatSeriesAtZeroHasARange() {
        let svg = Self.chart([0, 0, 0]).render()
        #expect(!svg.isEmpty && !Self.hasNonFinite(svg))
    }
}
