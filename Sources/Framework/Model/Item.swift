/// One of the document's own structural items: a priority, outcome, theme or pledge, or an objective or key
/// action beneath one, named and numbered as the document names it.
///
/// An item holds what is printed under it, in order: several aims, a rationale, commitments, evidence, and
/// second-level items. A title printed differently in two places (the contents page and the body) keeps the
/// other wordings in ``alternateTitles``: they are one item, not a contradiction.
public struct Item: Codable, Equatable, Sendable {
    /// A stable id, unique in the pack, such as `being-heard`.
    public var id: ID<Item>
    /// What the document calls this level.
    public var level: ItemLevel
    /// The label printed with it, such as "Outcome 1", "Pledge 4" or "Priority 2".
    public var label: String?
    /// The number the document gives it, when it numbers it.
    public var number: Int?
    /// The title as printed where the item is set out.
    public var title: String
    /// Other wordings of the title printed elsewhere in the document, each with its section.
    public var alternateTitles: [Wording]
    /// The principles and domains it serves, each mapping with its basis.
    public var mappings: [Mapping]
    /// What is printed under it, in order.
    public var content: [Entry]
    /// `true` when the capture cuts it off.
    public var cutOff: Bool?

    /// Creates an item.
    public init(
        id: ID<Item>,
        level: ItemLevel,
        label: String? = nil,
        number: Int? = nil,
        title: String,
        alternateTitles: [Wording] = [],
        mappings: [Mapping] = [],
        content: [Entry] = [],
        cutOff: Bool? = nil
    ) {
        self.id = id
        self.level = level
        self.label = label
        self.number = number
        self.title = title
        self.alternateTitles = alternateTitles
        self.mappings = mappings
        self.content = content
        self.cutOff = cutOff
    }
}

/// What a document calls one level of its structure.
public enum ItemLevel: String, Codable, CaseIterable, Sendable {
    /// A priority.
    case priority
    /// An outcome the strategy is organised around ("Outcome 1").
    case outcome
    /// A theme.
    case theme
    /// A pledge or promise the strategy is organised around ("Pledge 4").
    case pledge
    /// An objective, usually beneath a priority.
    case objective
    /// A key action set out as a heading of its own beneath an item.
    case keyAction
}

/// Another wording of a title, printed in another place.
public struct Wording: Codable, Equatable, Sendable {
    /// The text as printed there.
    public var text: String
    /// The section it is printed in.
    public var section: ID<Section>?

    /// Creates a wording.
    public init(_ text: String, in section: ID<Section>? = nil) {
        self.text = text
        self.section = section
    }
}
