/// The strategy document itself: its title, period, vision and who signed it.
public struct Strategy: Codable, Equatable, Sendable {
    /// The document's title, such as "Corporate Parenting Strategy".
    public var title: String
    /// A subtitle or strapline, when the document has one.
    public var subtitle: String?
    /// The years or dates the strategy covers, as the document states them.
    public var period: StrategyPeriod
    /// When the document says it will be reviewed.
    public var reviewDate: PartialDate?
    /// When the document says it was approved.
    public var approved: PartialDate?
    /// A status the document prints, such as "Draft".
    public var status: String?
    /// The document's vision for children in care and care leavers.
    public var vision: Statement?
    /// A mission statement, when the document has one besides its vision.
    public var mission: Statement?
    /// The values or beliefs the document sets out.
    public var values: [Statement]
    /// Principles of the council's own (besides the statutory seven), such as "rights" or local principles.
    public var localPrinciples: [Statement]
    /// The people who sign or introduce the document.
    public var signatories: [Signatory]
    /// The officer or role the document names as responsible for it.
    public var owner: String?
    /// What children and young people say, as the document quotes them.
    public var voices: [Statement]
    /// The challenges the document names for the strategy as a whole.
    public var challenges: [Statement]
    /// The legislation and guidance the document lists.
    public var legislation: [Statement]
    /// Where the document comes from: its publisher, edition or file.
    public var document: String?
    /// The section this comes from.
    public var source: String

    /// Creates a strategy record.
    public init(
        title: String,
        subtitle: String? = nil,
        period: StrategyPeriod = StrategyPeriod(),
        reviewDate: PartialDate? = nil,
        approved: PartialDate? = nil,
        status: String? = nil,
        vision: Statement? = nil,
        mission: Statement? = nil,
        values: [Statement] = [],
        localPrinciples: [Statement] = [],
        signatories: [Signatory] = [],
        owner: String? = nil,
        voices: [Statement] = [],
        challenges: [Statement] = [],
        legislation: [Statement] = [],
        document: String? = nil,
        source: String = ""
    ) {
        self.title = title
        self.subtitle = subtitle
        self.period = period
        self.reviewDate = reviewDate
        self.approved = approved
        self.status = status
        self.vision = vision
        self.mission = mission
        self.values = values
        self.localPrinciples = localPrinciples
        self.signatories = signatories
        self.owner = owner
        self.voices = voices
        self.challenges = challenges
        self.legislation = legislation
        self.document = document
        self.source = source
    }
}
