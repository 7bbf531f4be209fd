import CorporateParenting

/// One way a strategy can fall short of the shared framework; its description is its documentation.
///
/// ```swift
/// struct PeriodEndedRule: GapRule {
///     static let description = GapRuleDescription(id: "period-ended", severity: .warning,
///         summary: "The strategy's period has ended on the date of the check.")
///     func gaps(in context: GapContext) -> [Gap] { ... }
/// }
/// ```
public protocol GapRule: Sendable {
    /// What the rule is.
    static var description: GapRuleDescription { get }

    /// Creates the rule.
    init()

    /// What the rule finds.
    func gaps(in context: GapContext) -> [Gap]
}

/// A gap rule's id, severity and one-line summary.
public struct GapRuleDescription: Codable, Sendable {
    /// A stable id.
    public var id: String
    /// How much its findings matter.
    public var severity: Severity
    /// What it looks for.
    public var summary: String
}

/// What a gap rule looks at.
public struct GapContext: Sendable {
    /// The strategy's profile.
    public var profile: PackProfile
    /// The date to judge periods and reviews on.
    public var asOf: PartialDate
    /// The framework.
    public var framework: OutcomeFramework

    /// What to judge a strategy on.
    public init(profile: PackProfile, asOf: PartialDate, framework: OutcomeFramework) {
        self.profile = profile
        self.asOf = asOf
        self.framework = framework
    }
}

extension GapContext {
    /// "The document does not say who chairs the Board." where the pack captures the whole document; where it
    /// does not, "Not captured: who chairs the Board (the pack captures part of the document)."
    func notSaid(_ what: String) -> String {
        guard let note = profile.captureNote else { return "The document does not say \(what)." }
        return "Not captured: \(what) (\(note))."
    }

    /// A sentence saying the pack holds none of something, qualified where the pack does not capture the whole
    /// document: "No metric ... evidences the voice domain; it may be in what is not captured (...)."
    func none(_ sentence: String) -> String {
        guard let note = profile.captureNote else { return sentence + "." }
        return sentence + "; it may be in what is not captured (\(note))."
    }
}

extension GapRule {
    func gap(_ subject: String, _ message: String) -> Gap {
        Gap(rule: Self.description.id, severity: Self.description.severity, subject: subject, message: message)
    }
}
