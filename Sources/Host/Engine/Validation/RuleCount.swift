/// How many findings one rule made in one file, and how many of them `cps validate` shows.
public struct RuleCount: Codable, Equatable, Sendable {
    /// The rule's id, such as `duplicate-id`.
    public var rule: String
    /// How serious its findings are.
    public var severity: Severity
    /// Every finding of the rule in the file.
    public var total: Int
    /// How many of them are listed (the first ones, in the order found).
    public var shown: Int

    /// Creates a count.
    public init(rule: String, severity: Severity, total: Int, shown: Int) {
        self.rule = rule
        self.severity = severity
        self.total = total
        self.shown = shown
    }

    /// How many are not listed.
    public var hidden: Int { total - shown }
}
