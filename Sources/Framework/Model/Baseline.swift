/// The starting point a document names for a measure.
public struct Baseline: Codable, Equatable, Sendable {
    /// The starting value, when the document gives one.
    public var value: Double?
    /// The unit of ``value``.
    public var unit: MeasureUnit?
    /// The period the baseline refers to, in the document's words ("2021").
    public var period: String?
    /// The baseline in the document's words.
    public var wording: String

    /// Creates a baseline.
    public init(value: Double? = nil, unit: MeasureUnit? = nil, period: String? = nil, wording: String) {
        self.value = value
        self.unit = unit
        self.period = period
        self.wording = wording
    }
}
