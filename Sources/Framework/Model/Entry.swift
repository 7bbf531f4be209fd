/// One thing printed in a section (or under an item or body), in the document's order.
///
/// In JSON an entry is an object with exactly one key, naming its kind:
///
/// ```json
/// {"narrative": {"kind": "aim", "text": "We will ensure all children ... have a safe and stable home."}}
/// {"action": {"kind": "commitment", "text": "Regularly ask the views of children ..."}}
/// {"section": {"id": "we-will", "heading": "We will", "content": [ ... ]}}
/// ```
public enum Entry: Equatable, Sendable {
    /// A sub-heading and what is printed under it.
    case section(Section)
    /// Text kept as printed: context, an aim, a rationale, a value, a quote...
    case narrative(Narrative)
    /// A priority, outcome, theme, pledge, objective or key action.
    case item(Item)
    /// A commitment, action, improvement, practice or promise.
    case action(Action)
    /// A metric, deliverable, statement or standard.
    case evidence(Evidence)
    /// A board, group, panel, partnership or youth group.
    case body(Body)
    /// A principle of the council's own.
    case localPrinciple(LocalPrinciple)
    /// A term and its definition.
    case definition(Definition)
    /// Whom the strategy covers.
    case scope(StrategyScope)
    /// Legislation, guidance, policy or a plan cited.
    case citation(Citation)
    /// How the strategy was shaped with children, young people or others.
    case coproduction(Coproduction)
    /// A partner named.
    case partner(Partner)
    /// Someone who signs or introduces the document.
    case signatory(Signatory)
    /// A list of what is expected of corporate parents.
    case expectations(ExpectationSet)
    /// An entry `cps draft` proposed that nobody has confirmed yet.
    indirect case draft(DraftEntry)
}
