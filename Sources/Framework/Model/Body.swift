/// A body the document names in its governance: a board, a working group, a panel, a partnership, a children in
/// care council or one of its groups, a network of champions.
///
/// Every governance fact carries a status as the document states it: a board that "will" include young people is
/// ``FactStatus/planned``, "Need to clarify local governance arrangement" is ``FactStatus/unresolved``. Roles
/// (chair, co-chair, lead...) are held by the posts or bodies the document names. Groups belonging to groups nest:
/// a Children in Care Council's age groups sit in its ``content`` or name it in ``partOf``.
public struct Body: Codable, Equatable, Sendable {
    /// A stable id, unique in the pack, such as `corporate-parenting-board`.
    public var id: ID<Body>
    /// What sort of body it is.
    public var kind: BodyKind
    /// Its name as printed.
    public var name: String
    /// Whether the body exists, is planned, proposed or unresolved, as the document states it.
    public var status: FactStatus
    /// Who holds which role in it.
    public var roles: [Role]
    /// Its members as the document lists them, when it lists them beyond the roles.
    public var members: [String]
    /// Whom it is for, as printed (youth groups: "young people aged 16yrs plus who are cared for").
    public var audience: String?
    /// The ages it is for, when printed.
    public var ages: AgeRange?
    /// How often it meets.
    public var meets: MeetingFrequency?
    /// What the document says it does, each as printed.
    public var remit: [String]
    /// The themes of its meetings, when the document sets them.
    public var themes: [String]
    /// Whom it reports to, each with its status.
    public var reportsTo: [Reporting]
    /// The body it belongs to, when it is not nested inside it.
    public var partOf: ID<Body>?
    /// The items it leads or serves (a working group for a priority).
    public var serves: [ID<Item>]
    /// The principles and domains it serves (youth participation, say), each with its basis.
    public var mappings: [Mapping]
    /// What is printed about it beyond the fields: its indicators (evidence), arrangements (narrative), sub-groups.
    public var content: [Entry]

    /// Creates a body.
    public init(
        id: ID<Body>,
        kind: BodyKind,
        name: String,
        status: FactStatus = .inPlace,
        roles: [Role] = [],
        members: [String] = [],
        audience: String? = nil,
        ages: AgeRange? = nil,
        meets: MeetingFrequency? = nil,
        remit: [String] = [],
        themes: [String] = [],
        reportsTo: [Reporting] = [],
        partOf: ID<Body>? = nil,
        serves: [ID<Item>] = [],
        mappings: [Mapping] = [],
        content: [Entry] = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.status = status
        self.roles = roles
        self.members = members
        self.audience = audience
        self.ages = ages
        self.meets = meets
        self.remit = remit
        self.themes = themes
        self.reportsTo = reportsTo
        self.partOf = partOf
        self.serves = serves
        self.mappings = mappings
        self.content = content
    }
}

/// What sort of body a governance body is.
public enum BodyKind: String, Codable, CaseIterable, Sendable {
    /// A corporate parenting board, panel or committee that oversees the strategy.
    case board
    /// A working group, often one per priority.
    case workingGroup
    /// A sub-group of another body.
    case subGroup
    /// A multi-agency partnership.
    case partnership
    /// A children in care council, a care leavers' forum, or one of their groups.
    case youthGroup
    /// A network of champions or link members.
    case network
    /// A team or service named as a body.
    case team
    /// Any other named body (a scrutiny committee, say).
    case other
}

/// The status of a governance fact, as the document states it.
public enum FactStatus: String, Codable, CaseIterable, Sendable {
    /// Stated as so ("The Board is chaired by...").
    case inPlace
    /// Stated as going to happen ("will join the board").
    case planned
    /// Put forward but not decided ("we propose...").
    case proposed
    /// Stated as open ("Need to clarify local governance arrangement").
    case unresolved
}
