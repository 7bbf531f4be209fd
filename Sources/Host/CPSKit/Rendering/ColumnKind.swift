import CPSEngine
/// What a table column holds, which decides how a text table may narrow it (see ``Table/kinds``).
public enum ColumnKind: Sendable, Equatable {
    /// Words: the column wraps at spaces when the table must narrow, the widest prose columns first.
    case prose
    /// Ids, codes, dates, numbers: the column keeps its natural width and its lines are never wrapped.
    case token
}
