import CorporateParenting

/// How a council's latest figure moved from its previous published figure, by the measure's polarity.
public enum DirectionOfTravel: String, Codable, Sendable {
    /// Better than the previous figure.
    case improving
    /// Worse than the previous figure.
    case worsening
    /// The same as the previous figure.
    case unchanged
    /// No earlier figure is published to compare with.
    case noEarlierFigure = "no-earlier-figure"

    /// The direction from `previous` to `latest`; ``noEarlierFigure`` when there is no previous figure. The measure
    /// must have a polarity.
    init(from previous: Double?, to latest: Double, polarity: Polarity) {
        guard let previous else { self = .noEarlierFigure; return }
        if latest == previous { self = .unchanged; return }
        self = (latest > previous) == (polarity == .higherIsBetter) ? .improving : .worsening
    }
}
