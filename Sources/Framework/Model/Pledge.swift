/// A pledge, promise or charter a council makes to its children in care or care leavers.
///
/// When a document names a pledge without setting out its content, ``promises`` is empty.
public struct Pledge: Codable, Equatable, Sendable {
    /// A stable id, unique in the pack.
    public var id: String
    /// Its name, such as "Our Promise" or "Charter for Care Leavers".
    public var title: String
    /// Who it is made to, when the document says.
    public var audience: String?
    /// What the document says about it besides its promises.
    public var summary: String?
    /// The promises it makes, in the document's order.
    public var promises: [Promise]
    /// The section this comes from.
    public var source: String

    /// Creates a pledge.
    public init(id: String, title: String, audience: String? = nil, summary: String? = nil, promises: [Promise] = [], source: String = "") {
        self.id = id
        self.title = title
        self.audience = audience
        self.summary = summary
        self.promises = promises
        self.source = source
    }
}
