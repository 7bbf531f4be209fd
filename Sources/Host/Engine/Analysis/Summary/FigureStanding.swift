import CorporateParenting

/// One published figure of a council set against England's and its statistical neighbours', with its direction
/// of travel. Only measures with a polarity are judged; context measures never are.
public struct FigureStanding: Codable, Sendable {
    /// The standard measure.
    public var measure: StandardMeasureID
    /// The period of the figure.
    public var year: String?
    /// The council's figure.
    public var value: Double
    /// England's figure in the same period, when published.
    public var england: Double?
    /// The mean of the council's statistical neighbours' figures, when known.
    public var neighboursMean: Double?
    /// Whether the figure is worse than England's, by the measure's polarity.
    public var worseThanEngland: Bool
    /// Whether the figure is worse than the neighbours' mean, by the measure's polarity.
    public var worseThanNeighbours: Bool
    /// The council's previous published figure and its period, when there is one.
    public var previous: BenchmarkRow.TrendPoint?
    /// How the figure moved from ``previous``.
    public var travel: DirectionOfTravel?
    /// Whether the figure is flagged as worth a second look (see ``DataQuality``).
    public var flagged: Bool
    /// How far the figure falls short of England's, as a share of England's figure (0.5 for half as good); 0 when
    /// it is not worse. Orders the worst figures across measures of different units.
    public var shortfall: Double
}
