@testable import CPSEngine
@testable import CPSKit
import Testing

/// The value axis of the report's charts: nice steps, a handful of ticks, never past 100% or below 0 for figures
/// that cannot go there, and padding inside those bounds.
@Suite struct ChartScaleTests {
    /// Whether a step is 1, 2, 2.5 or 5 times a power of ten.
    static func isNice(_ step: Double) -> Bool {
        var fraction = step
        while fraction >= 10 { fraction /= 10 }
        while fraction < 1 { fraction *= 10 }
        return [1, 2, 2.5, 5].contains { abs(fraction - $0) < 1e-9 }
    }

    @Test(arguments: [(7.0, 12.0), (0.5, 0.9), (88.0, 99.5), (1.0, 100.0), (137.0, 1995.0), (-1.31, -0.4), (30.0, 88.0)])
    func ticksAreNiceAndHoldEveryFigure(low: Double, high: Double) {
        let percent = high <= 100 && low >= 0
        let scale = ChartScale.fitting(low: low, high: high, bounds: ChartScale.bounds(percent: percent, low: low))
        #expect(Self.isNice(scale.step), "\(scale)")
        #expect(scale.minimum <= low && scale.maximum >= high, "\(scale)")
        #expect((3...11).contains(scale.ticks.count), "\(scale.ticks)")
        #expect(scale.ticks.first == scale.minimum)
        for (a, b) in zip(scale.ticks, scale.ticks.dropFirst()) { #expect(abs(b - a - scale.step) < 1e-9) }
        if percent { #expect(scale.maximum <= 100 && scale.minimum >= 0, "\(scale)") }
    }

    @Test func aPercentageNearOneHundredStopsAtOneHundred() {
        // Before: 99% padded and rounded up to a 10-step gave a top of 110%.
        let scale = ChartScale.fitting(low: 92, high: 99, bounds: ChartScale.bounds(percent: true, low: 92))
        #expect(scale.maximum == 100)
        #expect(scale.ticks.allSatisfy { $0 <= 100 })
    }

    @Test func aFigureNearZeroNeverGoesBelowIt() {
        let scale = ChartScale.fitting(low: 0.4, high: 6, bounds: ChartScale.bounds(percent: true, low: 0.4))
        #expect(scale.minimum == 0)
    }
}
