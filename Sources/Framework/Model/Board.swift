/// The corporate parenting board (or panel) that oversees the strategy.
///
/// Each fact is optional: a document that never states who chairs the board or how often it meets leaves it
/// absent, and `cps gaps` says so.
public struct Board: Codable, Equatable, Sendable {
    /// Its name, such as "Corporate Parenting Board".
    public var name: String
    /// Who chairs it, as the document says (a role, a name, or both).
    public var chair: String?
    /// Its co-chairs, when it has them.
    public var coChairs: [String]
    /// How often it meets, in the document's words ("bi-monthly", "quarterly").
    public var meetingFrequency: String?
    /// How many times a year that is, when the wording fixes it.
    public var meetingsPerYear: Int?
    /// Its members as the document lists them.
    public var members: [String]
    /// What the document says it does.
    public var responsibilities: [String]
    /// Whether young people sit on it, when the document says.
    public var youngPeopleOnBoard: Bool?
    /// Whether a young person co-chairs it, when the document says.
    public var youngPeopleCoChair: Bool?
    /// Whom it reports to or refers matters to.
    public var reportsTo: String?
    /// The section this comes from.
    public var source: String

    /// Creates a board record.
    public init(
        name: String,
        chair: String? = nil,
        coChairs: [String] = [],
        meetingFrequency: String? = nil,
        meetingsPerYear: Int? = nil,
        members: [String] = [],
        responsibilities: [String] = [],
        youngPeopleOnBoard: Bool? = nil,
        youngPeopleCoChair: Bool? = nil,
        reportsTo: String? = nil,
        source: String = ""
    ) {
        self.name = name
        self.chair = chair
        self.coChairs = coChairs
        self.meetingFrequency = meetingFrequency
        self.meetingsPerYear = meetingsPerYear
        self.members = members
        self.responsibilities = responsibilities
        self.youngPeopleOnBoard = youngPeopleOnBoard
        self.youngPeopleCoChair = youngPeopleCoChair
        self.reportsTo = reportsTo
        self.source = source
    }
}
