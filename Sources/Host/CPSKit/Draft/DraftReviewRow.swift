import CPSEngine
/// One thing in a pack still to be confirmed: a drafted entry, or an entry whose mapping is only suggested.
public struct DraftReviewRow: Codable, Equatable, Sendable {
    /// The id of the section it sits in.
    public var section: String
    /// That section's heading.
    public var heading: String
    /// The source lines it was drafted from, such as "212-214"; empty when not known.
    public var lines: String
    /// What it is: "action (commitment)", "narrative (aim)", "item (priority)", "suggested mapping"...
    public var kind: String
    /// Its text (or title, name, term).
    public var text: String
    /// What was suggested rather than read, in words.
    public var suggestions: [String]

    /// Creates a row.
    public init(section: String, heading: String, lines: String, kind: String, text: String, suggestions: [String]) {
        self.section = section
        self.heading = heading
        self.lines = lines
        self.kind = kind
        self.text = text
        self.suggestions = suggestions
    }
}
