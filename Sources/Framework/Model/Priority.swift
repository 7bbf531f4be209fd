/// One item of the document's top level: a priority, outcome or theme.
///
/// A priority is mapped to the statutory principles (1-7) and the framework's outcome domains it serves, and
/// holds what the document says under it: its aim, commitments, the outcomes it seeks and their measures.
public struct Priority: Codable, Equatable, Sendable {
    /// A stable id, unique in the pack, such as `being-heard`.
    public var id: String
    /// The number the document gives it, if any.
    public var number: Int?
    /// The title as the document words it.
    public var title: String
    /// The aim or opening statement under the title.
    public var aim: Statement?
    /// The vision the document states for this priority.
    public var vision: Statement?
    /// The statutory corporate parenting principles it serves (1-7, see ``Principle``).
    public var principles: [Int]
    /// The framework's outcome domains it serves (see ``Domain``).
    public var domains: [DomainID]
    /// What the document commits to, needs to improve or does in practice under it.
    public var commitments: [Commitment]
    /// The outcomes ("what success will look like") and the measures set against them.
    public var outcomes: [Outcome]
    /// Measures set under the priority but not against one outcome.
    public var measures: [Measure]
    /// The challenges the document names for it.
    public var challenges: [Statement]
    /// Partners the document names for it.
    public var partners: [String]
    /// The section this comes from.
    public var source: String

    /// Creates a priority from its parts; the DSL initialiser is usually more convenient.
    public init(
        id: String,
        number: Int? = nil,
        title: String,
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
