import CorporateParenting

/// One check of a pack: a small type whose ``description`` documents it, with an example that triggers it.
///
/// ```swift
/// struct NoPrincipleRule: ValidationRule {
///     static let description = CheckDescription(
///         id: "no-principle", name: "Item serves no principle", severity: .error,
///         summary: "Every top-level priority, outcome, theme or pledge is mapped to at least one of the seven principles.",
///         triggering: [CheckExample("sections[0].content[0].item.mappings[0].principles", "[]")])
///
///     func check(_ input: ValidationInput) -> [Finding] {
///         input.facts.index.topItems.compactMap { placed in
///             placed.value.mappings.contains { !$0.principles.isEmpty } ? nil
///                 : finding("\(placed.path).mappings", "\"\(placed.value.title)\" is not mapped to any corporate parenting principle.")
///         }
///     }
/// }
/// ```
public protocol ValidationRule: Sendable {
    /// What the rule is.
    static var description: CheckDescription { get }

    /// Creates the rule.
    init()

    /// What the rule finds in a pack.
    func check(_ input: ValidationInput) -> [Finding]
}

extension ValidationRule {
    /// A finding of this rule at `path`.
    func finding(_ path: String, _ message: String) -> Finding {
        Finding(rule: Self.description.id, severity: Self.description.severity, path: path, message: message)
    }
}
