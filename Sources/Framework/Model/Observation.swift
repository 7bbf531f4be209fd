/// A figure a document reports: for the council itself, England, the region, statistical neighbours or
/// another authority.
public struct Observation: Codable, Equatable, Sendable {
    /// The figure as printed (82.2 for 82.2%).
    public var value: Double
    /// Its unit.
    public var unit: MeasureUnit
    /// Whose figure it is.
    public var scope: Scope
    /// The area's name when the scope alone does not say (a region or another authority).
    public var area: String?
    /// The period or date it refers to, in the document's words ("31 March 2018", "2017/18").
    public var period: String?
    /// A qualifier the document attaches ("more than", "approximately").
    public var qualifier: String?
    /// Anything else a reader needs to read the figure correctly.
    public var note: String?
    /// The section this comes from.
    public var source: String

    /// Creates an observation.
    public init(
        value: Double,
        unit: MeasureUnit,
        scope: Scope = .authority,
        area: String? = nil,
        period: String? = nil,
        qualifier: String? = nil,
        note: String? = nil,
        source: String = ""
    ) {
        self.value = value
        self.unit = unit
        self.scope = scope
        self.area = area
        self.period = period
        self.qualifier = qualifier
        self.note = note
        self.source = source
    }
}
