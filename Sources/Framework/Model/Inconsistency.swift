/// A place where the document contradicts itself: both statements are kept, each with its source.
public struct Inconsistency: Codable, Equatable, Sendable {
    /// What the statements disagree about ("Who chairs the board").
    public var topic: String
    /// The statements that disagree, each with its own source.
    public var statements: [Statement]

    /// Creates an inconsistency record.
    public init(topic: String, statements: [Statement]) {
        self.topic = topic
        self.statements = statements
    }
}
