/// Whom a body reports to: another body of the pack by id, or one the pack does not hold, by name.
public struct Reporting: Codable, Equatable, Sendable {
    /// The body reported to, when the pack holds it.
    public var body: ID<Body>?
    /// Its name as printed, when the pack does not hold it ("Scrutiny").
    public var name: String?
    /// Whether the reporting line is in place, planned, proposed or unresolved.
    public var status: FactStatus
    /// The document's words about the line, when they say more ("reports annually to Cabinet").
    public var wording: String?

    /// Reports to a body of the pack.
    public init(_ body: ID<Body>, status: FactStatus = .inPlace, wording: String? = nil) {
        self.body = body
        self.name = nil
        self.status = status
        self.wording = wording
    }

    /// Reports to a body the pack does not hold.
    public init(named name: String, status: FactStatus = .inPlace, wording: String? = nil) {
        self.body = nil
        self.name = name
        self.status = status
        self.wording = wording
    }
}
