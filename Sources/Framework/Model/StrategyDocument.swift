/// The strategy document itself: its title, the years it covers, its dates, and how much of it a pack captures.
public struct StrategyDocument: Codable, Equatable, Sendable {
    /// The title as printed, such as "Corporate Parenting Strategy".
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
    /// Which edition or file the pack was made from (publisher, version, file name), when known.
    public var edition: String?
    /// Whether the pack captures the whole document or part of it. Sections not captured say so themselves
    /// (``Section/capture``), so commands can say "not captured" rather than "the document does not say".
    public var capture: CaptureExtent
    /// What was not captured and why, in the encoder's words.
    public var captureNote: String?

    /// Creates a document record.
    public init(
        title: String,
        subtitle: String? = nil,
        period: StrategyPeriod = StrategyPeriod(),
        reviewDate: PartialDate? = nil,
        approved: PartialDate? = nil,
        status: String? = nil,
        edition: String? = nil,
        capture: CaptureExtent = .whole,
        captureNote: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.period = period
        self.reviewDate = reviewDate
        self.approved = approved
        self.status = status
        self.edition = edition
        self.capture = capture
        self.captureNote = captureNote
    }
}
