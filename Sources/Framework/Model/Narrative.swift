/// Text that stays in its section as the document prints it: context, an aim, a rationale, a value, a quote...
///
/// Narrative is how a pack keeps everything that is not a commitment, evidence or a governance fact, without
/// filing it in a catch-all bag: it sits in its own section, in order, with a kind that says what sort of text it is.
public struct Narrative: Codable, Equatable, Sendable {
    /// What sort of text it is.
    public var kind: NarrativeKind
    /// The text as printed.
    public var text: String
    /// `true` when the capture cuts the text off (a page missing, a sentence that runs on beyond what was captured).
    public var cutOff: Bool?

    /// Creates a narrative entry.
    public init(_ kind: NarrativeKind, _ text: String, cutOff: Bool? = nil) {
        self.kind = kind
        self.text = text
        self.cutOff = cutOff
    }
}

/// What sort of narrative text an entry is.
public enum NarrativeKind: String, Codable, CaseIterable, Sendable {
    /// Background and connective prose: the national or local picture, an introduction.
    case context
    /// Why something matters or is done ("We acknowledge that having healthy relationships...").
    case rationale
    /// An aim ("Our aim is..."); an item may state several, each kept in its place.
    case aim
    /// A vision statement.
    case vision
    /// A mission statement.
    case mission
    /// A value or belief the document sets out.
    case value
    /// A challenge or need the document names.
    case challenge
    /// What is already provided or done in practice ("Training is available for staff...").
    case provision
    /// An item of the care leavers' local offer.
    case offer
    /// A whole-council mechanism ("build a corporate parenting focus into our decision pathways...").
    case mechanism
    /// A case study or example.
    case caseStudy
    /// What a child or young person says, as the document quotes them.
    case voice
}
