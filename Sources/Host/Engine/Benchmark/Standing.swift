import CorporateParenting

/// Where a council's figure stands against another (England's, or its statistical neighbours' mean), by the
/// measure's polarity. There is no standing for a context measure or where either figure is missing.
public enum Standing: String, Codable, Sendable {
    /// Better, by the measure's polarity.
    case better
    /// Worse, by the measure's polarity.
    case worse
    /// Equal.
    case same

    /// The standing of `value` against `other`; `nil` for a neutral measure or a missing figure.
    public init?(_ value: Double?, against other: Double?, _ polarity: Polarity) {
        guard let value, let other, polarity != .neutral else { return nil }
        if value == other {
            self = .same
        } else {
            self = (value > other) == (polarity == .higherIsBetter) ? .better : .worse
        }
    }
}
