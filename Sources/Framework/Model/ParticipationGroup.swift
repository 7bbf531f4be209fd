/// A group through which children in care or care leavers take part: a Children in Care Council, a care
/// leavers' forum, a youth ambassadors' group.
public struct ParticipationGroup: Codable, Equatable, Sendable {
    /// A stable id, unique in the pack.
    public var id: String
    /// Its name as the document gives it.
    public var name: String
    /// Whom it is for ("children in care", "care leavers"), when the document says.
    public var audience: String?
    /// The ages it covers, when the document says.
    public var ageRange: AgeRange?
    /// How often it meets, in the document's words.
    public var meetingFrequency: String?
    /// How many times a year that is, when the wording fixes it.
    public var meetingsPerYear: Int?
    /// The group it is part of, when it is a sub-group.
    public var partOf: String?
    /// Whether its members sit on the corporate parenting board, when the document says.
    public var sitsOnBoard: Bool?
    /// What the document says it does.
    public var description: String?
    /// The section this comes from.
    public var source: String

    /// Creates a participation group.
    public init(
        id: String,
        name: String,
        audience: String? = nil,
        ageRange: AgeRange? = nil,
        meetingFrequency: String? = nil,
        meetingsPerYear: Int? = nil,
        partOf: String? = nil,
        sitsOnBoard: Bool? = nil,
        description: String? = nil,
        source: String = ""
    ) {
        self.id = id
        self.name = name
        self.audience = audience
        self.ageRange = ageRange
        self.meetingFrequency = meetingFrequency
        self.meetingsPerYear = meetingsPerYear
        self.partOf = partOf
        self.sitsOnBoard = sitsOnBoard
        self.description = description
        self.source = source
    }
}
