/// What sort of text a ``TextDocument`` is; each document is of exactly one kind.
///
/// Together ``commitment`` and ``pledge`` are everything a strategy commits to (docs/vocabulary.md).
public enum TextKind: String, Codable, CaseIterable, Sendable, Comparable {
    /// An action of any kind but a promise: a commitment, an action plan row, an improvement or a practice.
    case commitment
    /// A promise to children and care leavers (an action of kind promise), or the title of an item the document
    /// calls a pledge.
    case pledge
    /// The title of any other item: a priority, outcome, theme, objective or key action.
    case item
    /// An aim (narrative of kind aim).
    case aim
    /// A metric the strategy monitors (evidence of kind metric whose purpose is not context).
    case measure

    /// The kinds that make up a strategy's text for text similarity: what it commits to, and its aims.
    public static let strategyText: Set<TextKind> = [.commitment, .pledge, .aim]

    /// In declaration order.
    public static func < (lhs: TextKind, rhs: TextKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
