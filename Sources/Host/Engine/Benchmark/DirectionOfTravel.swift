import CorporateParenting

/// How a council's figure moved from the year before, by the measure's polarity.
public enum DirectionOfTravel: String, Codable, Sendable {
    /// Better than the year before, by the measure's polarity.
    case improving
    /// Worse than the year before, by the measure's polarity.
    case worsening
    /// Equal to the year before.
    case unchanged

    /// The direction from `previous` to `value`; `nil` for a neutral measure or a missing figure.
    public init?(from previous: Double?, to value: Double?, _ polarity: Polarity) {
        switch Standing(value, against: previous, polarity) {
        case .better?: self = .improving
        case .worse?: self = .worsening
        case .same?: self = .unchanged
        case nil: return nil
        }
    }
}
