/// One thing a validation rule found, and where.
public struct Finding: Codable, Equatable, Sendable {
    /// The rule's id, such as `unknown-principle`.
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// The JSON path of the place, such as `sections[0].content[2].item.mappings[0].principles[0]`; empty for the whole pack.
    public var path: String
    /// One sentence saying what is wrong.
    public var message: String
    /// The 1-based line of the place in the file, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?

    /// Creates a finding without a position.
    public init(rule: String, severity: Severity, path: String, message: String) {
        self.rule = rule
        self.severity = severity
        self.path = path
        self.message = message
    }
}
