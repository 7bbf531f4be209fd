import CPSEngine
/// A run of consecutive entries `cps render` prints as one list, table or set of fields, as a document prints them.
enum DocumentRun: Equatable {
    /// Actions: a list, or a table when every one carries a timeline, due date, expected outcome or status.
    case actions
    /// Evidence: a list, or a table when a metric carries a baseline, target or figures.
    case evidence
    /// Items with nothing printed under them and no heading of their own: a bulleted list of their titles.
    case bullets
    /// Local principles: a list of "Name: words".
    case localPrinciples
    /// Definitions: a glossary of terms.
    case definitions
    /// Citations: a list.
    case citations
    /// Partners: a list.
    case partners
}
