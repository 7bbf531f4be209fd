/// Which way is better for a measure, as DfE's Local Authority Interactive Tool defines it.
public enum Polarity: String, Codable, CaseIterable, Sendable {
    /// A higher value is better.
    case higherIsBetter
    /// A lower value is better.
    case lowerIsBetter
    /// Context, not performance: neither way is better.
    case neutral
}
