/// Something the document says the council (or a partner) will do, must improve, does in practice, or promises,
/// with the accountability the document attaches to it.
///
/// Owner, timeline, due date, expected outcome and status hold only what is printed: an action plan row
/// ("Responsible officer: Team Manager / Timeline: September 2025 / Expected outcome: ...") fills them; a bullet
/// under "We will" usually leaves them absent, and `cps gaps` says so.
public struct Action: Codable, Equatable, Sendable {
    /// The document's framing of it.
    public var kind: ActionKind
    /// The text as printed.
    public var text: String
    /// Who is responsible, as printed (a role or team, such as "Team Manager: Life Chances").
    public var owner: String?
    /// The timeline as printed ("September 2025", "Ongoing", "By the end of year 1").
    public var timeline: String?
    /// The due date, as precise as the document prints it.
    public var due: PartialDate?
    /// The expected outcome the document gives for it.
    public var expectedOutcome: String?
    /// Other plans or strategies the document links it to.
    public var links: [String]
    /// Its delivery status, when the document (or a published action plan) reports one.
    public var status: DeliveryStatus?
    /// The principles and domains it serves, when it is mapped on its own.
    public var mappings: [Mapping]
    /// `true` when the capture cuts it off.
    public var cutOff: Bool?

    /// Creates an action.
    public init(
        _ kind: ActionKind = .commitment,
        _ text: String,
        owner: String? = nil,
        timeline: String? = nil,
        due: PartialDate? = nil,
        expectedOutcome: String? = nil,
        links: [String] = [],
        status: DeliveryStatus? = nil,
        mappings: [Mapping] = [],
        cutOff: Bool? = nil
    ) {
        self.kind = kind
        self.text = text
        self.owner = owner
        self.timeline = timeline
        self.due = due
        self.expectedOutcome = expectedOutcome
        self.links = links
        self.status = status
        self.mappings = mappings
        self.cutOff = cutOff
    }
}

/// How a document frames an action.
public enum ActionKind: String, Codable, CaseIterable, Sendable {
    /// A commitment: "We will...", "We are committed to...".
    case commitment
    /// A row of an action plan or a delivery bullet ("How will this be achieved").
    case action
    /// Something the document says must improve ("What we need to improve").
    case improvement
    /// What the strategy means in practice ("What this means in practice").
    case practice
    /// A promise made to children and young people, such as one line of a pledge.
    case promise
}

/// An action's delivery status as reported, with the date of the report.
public struct DeliveryStatus: Codable, Equatable, Sendable {
    /// The state.
    public var state: DeliveryState
    /// The wording printed, when there is one ("On track", "Complete - see update").
    public var wording: String?
    /// When the status was reported.
    public var asOf: PartialDate?

    /// Creates a status.
    public init(_ state: DeliveryState, wording: String? = nil, asOf: PartialDate? = nil) {
        self.state = state
        self.wording = wording
        self.asOf = asOf
    }
}

/// Where an action stands.
public enum DeliveryState: String, Codable, CaseIterable, Sendable {
    /// Not started.
    case notStarted
    /// Under way.
    case inProgress
    /// Done.
    case complete
    /// Behind its timeline.
    case delayed
    /// Continuous work with no end ("Ongoing").
    case ongoing
}
