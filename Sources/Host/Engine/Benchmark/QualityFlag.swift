/// A published figure worth a second look: which rule flagged it, for which year, and one sentence ending
/// "check the return". The figure itself is shown unchanged beside it.
public struct QualityFlag: Codable, Equatable, Sendable {
    /// The rule that flagged the figure.
    public var rule: QualityRule
    /// The period of the flagged figure, as DfE writes it.
    public var year: String
    /// One sentence saying why, ending "check the return".
    public var message: String

    /// Creates a flag.
    public init(rule: QualityRule, year: String, message: String) {
        self.rule = rule
        self.year = year
        self.message = message
    }

    /// The words every flag ends with, and the heading and marker text the views use.
    public static let checkTheReturn = "check the return"
    /// The mark put after a flagged figure in tables.
    public static let marker = "†"
}
