/// One heading of the document and what is printed under it, in order.
///
/// Sections nest as the document's headings do; a section's level is its depth in the outline (1 for a top-level
/// part). Content is kept in the document's order, so `cps show` and `cps render` read like the document.
public struct Section: Codable, Equatable, Sendable {
    /// A stable id, unique in the pack, such as `being-heard`. The DSL derives one from the heading.
    public var id: ID<Section>
    /// The heading as printed.
    public var heading: String
    /// The page it starts on, when the encoder noted it.
    public var page: Int?
    /// The line it starts on in the text the pack was made from, when noted.
    public var line: Int?
    /// How much of this section the pack holds; absent means all of it.
    public var capture: CaptureExtent?
    /// What is printed under the heading, in order: narrative, items, actions, evidence, bodies, sub-sections...
    public var content: [Entry]

    /// Creates a section.
    public init(
        id: ID<Section>,
        heading: String,
        page: Int? = nil,
        line: Int? = nil,
        capture: CaptureExtent? = nil,
        content: [Entry] = []
    ) {
        self.id = id
        self.heading = heading
        self.page = page
        self.line = line
        self.capture = capture
        self.content = content
    }
}
