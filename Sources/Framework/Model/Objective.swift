/// A second-level item the document sets beside its priorities, such as Lancashire's eight objectives.
///
/// When the document says which priority an objective sits under, ``priority`` names it; when it does not,
/// the link is left empty rather than guessed.
public struct Objective: Codable, Equatable, Sendable {
    /// A stable id, unique in the pack.
    public var id: String
    /// The number the document gives it, if any.
    public var number: Int?
    /// The title as the document words it.
    public var title: String
    /// The id of the priority it sits under, when the document says.
    public var priority: String?
    /// The aim or quoted intent under the title.
    public var aim: Statement?
    /// The vision the document states for it.
    public var vision: Statement?
    /// The statutory corporate parenting principles it serves (1-7).
    public var principles: [Int]
    /// The framework's outcome domains it serves.
    public var domains: [DomainID]
    /// What the document commits to under it.
    public var commitments: [Commitment]
    /// The outcomes it seeks and their measures.
    public var outcomes: [Outcome]
    /// Measures set under it but not against one outcome.
    public var measures: [Measure]
    /// The challenges the document names for it.
    public var challenges: [Statement]
    /// Partners the document names for it.
    public var partners: [String]
    /// The section this comes from.
    public var source: String

    /// Creates an objective from its parts; the DSL initialiser is usually more convenient.
    public init(
        id: String,
        number: Int? = nil,
        title: String,
        priority: String? = nil,
        aim: Statement? = nil,
        vision: Statement? = nil,
        principles: [Int] = [],
        domains: [DomainID] = [],
        commitments: [Commitment] = [],
        outcomes: [Outcome] = [],
        measures: [Measure] = [],
        challenges: [Statement] = [],
        partners: [String] = [],
        source: String = ""
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.priority = priority
        self.aim = aim
        self.vision = vision
        self.principles = principles
        self.domains = domains
        self.commitments = commitments
        self.outcomes = outcomes
        self.measures = measures
        self.challenges = challenges
        self.partners = partners
        self.source = source
    }
}
