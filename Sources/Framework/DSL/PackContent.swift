/// The result builder councils write their packs in: each statement is one thing printed in the document, in order.
///
/// ```swift
/// Section("Being Heard") {
///     Priority("being-heard", "Being Heard", principles: [2, 3], domains: [.voice]) {
///         Aim("The young person's voice must be at the centre of our approach to corporate parenting.")
///         Section("We will") {
///             Commitment("Regularly ask the views of children and young people on their experience of our care.")
///         }
///     }
/// }
/// ```
@resultBuilder
public enum PackContent {
    @inlinable public static func buildBlock(_ parts: [Entry]...) -> [Entry] { parts.flatMap { $0 } }
    @inlinable public static func buildExpression(_ entry: Entry) -> [Entry] { [entry] }
    @inlinable public static func buildExpression(_ entries: [Entry]) -> [Entry] { entries }
    @inlinable public static func buildExpression(_ value: Section) -> [Entry] { [.section(value)] }
    @inlinable public static func buildExpression(_ value: Narrative) -> [Entry] { [.narrative(value)] }
    @inlinable public static func buildExpression(_ value: Item) -> [Entry] { [.item(value)] }
    @inlinable public static func buildExpression(_ value: Action) -> [Entry] { [.action(value)] }
    @inlinable public static func buildExpression(_ value: Evidence) -> [Entry] { [.evidence(value)] }
    @inlinable public static func buildExpression(_ value: Body) -> [Entry] { [.body(value)] }
    @inlinable public static func buildExpression(_ value: LocalPrinciple) -> [Entry] { [.localPrinciple(value)] }
    @inlinable public static func buildExpression(_ value: Definition) -> [Entry] { [.definition(value)] }
    @inlinable public static func buildExpression(_ value: StrategyScope) -> [Entry] { [.scope(value)] }
    @inlinable public static func buildExpression(_ value: Citation) -> [Entry] { [.citation(value)] }
    @inlinable public static func buildExpression(_ value: Coproduction) -> [Entry] { [.coproduction(value)] }
    @inlinable public static func buildExpression(_ value: Partner) -> [Entry] { [.partner(value)] }
    @inlinable public static func buildExpression(_ value: Signatory) -> [Entry] { [.signatory(value)] }
    @inlinable public static func buildExpression(_ value: ExpectationSet) -> [Entry] { [.expectations(value)] }
    @inlinable public static func buildOptional(_ part: [Entry]?) -> [Entry] { part ?? [] }
    @inlinable public static func buildEither(first part: [Entry]) -> [Entry] { part }
    @inlinable public static func buildEither(second part: [Entry]) -> [Entry] { part }
    @inlinable public static func buildArray(_ parts: [[Entry]]) -> [Entry] { parts.flatMap { $0 } }
}
