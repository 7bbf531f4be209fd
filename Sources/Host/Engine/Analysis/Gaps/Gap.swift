/// Something a strategy lacks against the shared framework, as data: `cps gaps` and the report turn it into one
/// sentence (``GapSentence``).
public struct Gap: Codable, Equatable, Sendable {
    /// The rule's stable id, such as `principle-unserved`.
    public var rule: String
    /// How much it matters.
    public var severity: Severity
    /// What it is about: a principle's number, a domain's id, a field, a body's id, or the kind of entries a
    /// summarising finding lists (`items`, `metrics`, `actions`).
    public var subject: String
    /// What was found.
    public var finding: GapFinding
    /// For a finding that summarises several entries, the ids (or JSON paths) of every one of them; empty otherwise.
    public var items: [String]
    /// Where the finding is an absence and the pack does not capture the whole document, how it falls short:
    /// the absence may be in what is not captured.
    public var notCaptured: PartialCapture?

    /// Creates a gap.
    public init(rule: String, severity: Severity, subject: String, finding: GapFinding, items: [String] = [], notCaptured: PartialCapture? = nil) {
        self.rule = rule
        self.severity = severity
        self.subject = subject
        self.finding = finding
        self.items = items
        self.notCaptured = notCaptured
    }
}
