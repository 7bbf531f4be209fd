/// What a check is, for validation rules and gap rules alike: the source of `cps validate --rules`,
/// `cps gaps --rules`, their docs and the check's own generated tests.
///
/// Each example is a change to a clean sample pack (``ValidationSample`` for validation rules, ``GapSample`` for
/// gap rules): every triggering example must make the check fire, every non-triggering one must leave it silent.
///
/// ```swift
/// static let description = CheckDescription(
///     id: "no-review-date", name: "No review date", severity: .info,
///     summary: "The document states when the strategy will be reviewed.",
///     triggering: [CheckExample("document.reviewDate", "null")],
///     nonTriggering: [CheckExample("document.reviewDate", "\"2027-03\"")])
/// ```
public struct CheckDescription: Sendable {
    /// A stable id, such as `unknown-principle` or `no-local-offer`.
    public var id: String
    /// A short name.
    public var name: String
    /// How serious its findings are.
    public var severity: Severity
    /// One line saying what it checks.
    public var summary: String
    /// Changes to the clean sample pack that make it fire; at least one.
    public var triggering: [CheckExample]
    /// Changes to the clean sample pack, close to the triggering ones, that must not make it fire.
    public var nonTriggering: [CheckExample]

    /// Creates a description.
    public init(id: String, name: String, severity: Severity, summary: String, triggering: [CheckExample], nonTriggering: [CheckExample] = []) {
        self.id = id
        self.name = name
        self.severity = severity
        self.summary = summary
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    /// The first triggering example, as `cps validate --rules` shows it.
    public var example: CheckExample { triggering[0] }
}
