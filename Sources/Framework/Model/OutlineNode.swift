/// One heading of a pack's outline, flattened: its id, heading, depth and parent.
public struct OutlineNode: Equatable, Sendable {
    /// The section's id.
    public var id: ID<Section>
    /// The heading as printed.
    public var heading: String
    /// Its depth: 1 for a top-level section.
    public var level: Int
    /// The enclosing section, if any.
    public var parent: ID<Section>?
    /// How much of it the pack holds (``CaptureExtent/whole`` unless the section says otherwise).
    public var capture: CaptureExtent
    /// The page it starts on, when noted.
    public var page: Int?
    /// The line it starts on, when noted.
    public var line: Int?
    /// Its JSON path in the pack, such as `sections[2].content[0].section`.
    public var path: String
    /// The attached action plan it belongs to (its place in ``AuthorityPack/actionPlans``); `nil` for the
    /// strategy's own sections.
    public var plan: Int?
}
