/// A group or role that drives part of the strategy: a working group, sub-group, partnership, panel or champion.
public struct WorkingGroup: Codable, Equatable, Sendable {
    /// A stable id, unique in the pack.
    public var id: String
    /// Its name as the document gives it.
    public var name: String
    /// What sort of group or role it is.
    public var kind: WorkingGroupKind
    /// Who chairs or leads it, as the document says (a role or a name).
    public var chair: String?
    /// The ids of the priorities it drives, when the document says.
    public var priorities: [String]
    /// Its members, as the document lists them.
    public var members: [String]
    /// What it does, in the document's words.
    public var remit: String?
    /// How often it meets, in the document's words.
    public var meetingFrequency: String?
    /// How many times a year that is, when the wording fixes it.
    public var meetingsPerYear: Int?
    /// Whom it reports to.
    public var reportsTo: String?
    /// The section this comes from.
    public var source: String

    /// Creates a working group.
    public init(
        id: String,
        name: String,
        kind: WorkingGroupKind = .workingGroup,
        chair: String? = nil,
        priorities: [String] = [],
        members: [String] = [],
        remit: String? = nil,
        meetingFrequency: String? = nil,
        meetingsPerYear: Int? = nil,
        reportsTo: String? = nil,
        source: String = ""
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.chair = chair
        self.priorities = priorities
        self.members = members
        self.remit = remit
        self.meetingFrequency = meetingFrequency
        self.meetingsPerYear = meetingsPerYear
        self.reportsTo = reportsTo
        self.source = source
    }
}
