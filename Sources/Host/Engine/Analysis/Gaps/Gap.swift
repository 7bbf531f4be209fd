/// Something a strategy lacks against the shared framework.
public struct Gap: Codable, Equatable, Sendable {
    /// The rule's stable id, such as `principle-unserved`.
    public var rule: String
    /// How much it matters.
    public var severity: Severity
    /// What it is about: a principle's number, a domain's or item's id, a field.
    public var subject: String
    /// One sentence.
    public var message: String
}
