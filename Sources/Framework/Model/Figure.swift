/// A figure as the document prints it: its value and unit, what kind of figure it is, the group it describes,
/// whose figure it is, and its period only when printed.
///
/// Percentages are recorded as printed (82.2, not 0.822). A cell that prints two figures ("250 53%") is two
/// figures. A change ("increased by 3.9") is a figure of kind ``FigureKind/change``, never a level.
public struct Figure: Codable, Equatable, Sendable {
    /// The value as printed.
    public var value: Double
    /// Its unit.
    public var unit: MeasureUnit
    /// What kind of figure it is, when the document makes that clear.
    public var kind: FigureKind?
    /// The group it describes, as printed ("KS2 children in care", "care leavers 19-21").
    public var group: String?
    /// Whose figure it is.
    public var scope: Scope
    /// The other area's name, when the scope is another authority or area.
    public var area: String?
    /// The period or date printed with it ("2017", "31st March 2018"); absent when none is printed.
    public var period: String?
    /// A qualifier printed with it ("over", "around", "up to").
    public var qualifier: String?
    /// The figure's own words, when they say more than the number.
    public var text: String?

    /// Creates a figure.
    public init(
        _ value: Double,
        _ unit: MeasureUnit,
        kind: FigureKind? = nil,
        group: String? = nil,
        scope: Scope = .authority,
        area: String? = nil,
        period: String? = nil,
        qualifier: String? = nil,
        text: String? = nil
    ) {
        self.value = value
        self.unit = unit
        self.kind = kind
        self.group = group
        self.scope = scope
        self.area = area
        self.period = period
        self.qualifier = qualifier
        self.text = text
    }
}

/// What a printed figure measures.
public enum FigureKind: String, Codable, CaseIterable, Sendable {
    /// A level at a point or over a period (an average score, a percentage achieving).
    case level
    /// A change between two points ("increased by 3.9", "down 4 percentage points").
    case change
    /// A number of children, placements, events...
    case count
    /// A rate per population (per 10,000 children).
    case rate
    /// A share of a group, as a percentage or proportion.
    case share
}
