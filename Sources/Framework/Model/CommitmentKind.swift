/// How a document frames a commitment.
public enum CommitmentKind: String, Codable, CaseIterable, Sendable {
    /// "We will ...": an action the council commits to.
    case action
    /// A headline aim or key action listed under a priority's title.
    case aim
    /// "What we need to improve": a shortfall the council names.
    case improvement
    /// "What this means in practice": what already happens, or will.
    case practice
}
