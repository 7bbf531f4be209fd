/// A place where the document contradicts itself: two or more excerpts that cannot all be true, kept side by side.
public struct Inconsistency: Codable, Equatable, Sendable {
    /// What the excerpts disagree about ("Who chairs the Corporate Parenting Board").
    public var topic: String
    /// The excerpts, each with the section it is printed in.
    public var excerpts: [Excerpt]

    /// Creates an inconsistency.
    public init(topic: String, excerpts: [Excerpt]) {
        self.topic = topic
        self.excerpts = excerpts
    }
}

/// Text quoted from one section of the document.
public struct Excerpt: Codable, Equatable, Sendable {
    /// The text as printed.
    public var text: String
    /// The section it is printed in.
    public var section: ID<Section>

    /// Creates an excerpt.
    public init(_ text: String, in section: ID<Section>) {
        self.text = text
        self.section = section
    }
}
