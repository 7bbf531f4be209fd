/// A target a document sets for a measure.
public struct Target: Codable, Equatable, Sendable {
    /// The value aimed at, when the document gives one (100 for "100% of care leavers").
    public var value: Double?
    /// The unit of ``value``.
    public var unit: MeasureUnit?
    /// The direction aimed at, when the document gives one ("reduction in ...").
    public var direction: Direction?
    /// The date by which, when the document gives one.
    public var by: PartialDate?
    /// The target in the document's words.
    public var wording: String

    /// Creates a target.
    public init(value: Double? = nil, unit: MeasureUnit? = nil, direction: Direction? = nil, by: PartialDate? = nil, wording: String) {
        self.value = value
        self.unit = unit
        self.direction = direction
        self.by = by
        self.wording = wording
    }
}
