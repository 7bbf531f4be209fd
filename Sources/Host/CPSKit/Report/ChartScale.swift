import CPSEngine
/// A chart's value axis: a range that holds every figure with a little room, rounded outwards to a "nice" step
/// (1, 2, 2.5 or 5 times a power of ten), and the ticks at each step. A percentage's axis never passes 100 and a
/// figure that cannot be negative never goes below 0, so padding stays inside those bounds.
struct ChartScale: Equatable {
    /// The lowest value on the axis.
    var minimum: Double
    /// The highest value on the axis.
    var maximum: Double
    /// The distance between ticks.
    var step: Double

    /// The values at which the axis is labelled, from ``minimum`` to ``maximum``.
    var ticks: [Double] {
        let count = Int(((maximum - minimum) / step).rounded())
        return (0...max(count, 0)).map { Self.clean(minimum + Double($0) * step) }.filter { $0 <= maximum + step * 1e-9 }
    }

    /// The scale for figures from `low` to `high`, in at most about `ticks` steps, kept within `bounds`.
    /// `includeZero` starts the axis at 0 (for bars that must be read from zero, such as counts).
    static func fitting(low: Double, high: Double, ticks: Int = 5, bounds: ClosedRange<Double>? = nil, includeZero: Bool = false) -> ChartScale {
        var low = includeZero ? min(low, 0) : low, high = includeZero ? max(high, 0) : high
        let padding = high > low ? (high - low) * 0.08 : max(abs(high) * 0.1, 1)
        if !(includeZero && low == 0) { low -= padding }
        high += padding
        if let bounds {
            low = max(low, bounds.lowerBound)
            high = min(high, bounds.upperBound)
        }
        let step = niceStep((high - low) / Double(max(ticks, 1)))
        var minimum = (low / step).rounded(.down) * step
        var maximum = (high / step).rounded(.up) * step
        if let bounds {
            minimum = max(minimum, bounds.lowerBound)
            maximum = min(maximum, bounds.upperBound)
        }
        if maximum <= minimum { maximum = minimum + step }
        return ChartScale(minimum: clean(minimum), maximum: clean(maximum), step: step)
    }

    /// The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        let fraction = rough / power
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * power
    }

    /// The bounds a measure's figures stay within: 0 to 100 for a percentage, from 0 for figures that cannot be
    /// negative, none when a figure is below 0 (such as Progress 8).
    static func bounds(percent: Bool, low: Double) -> ClosedRange<Double>? {
        if low < 0 { return nil }
        return percent ? 0...100 : 0...Double.greatestFiniteMagnitude
    }

    /// A value with floating-point noise (0.30000000000000004) rounded away.
    static func clean(_ value: Double) -> Double {
        (value * 1e6).rounded() / 1e6
    }
}
