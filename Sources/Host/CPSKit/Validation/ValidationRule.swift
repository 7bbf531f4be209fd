import CorporateParenting

/// One check of a pack: a small type whose ``description`` documents it, with an example that triggers it.
///
/// ```swift
/// struct NoPrincipleRule: ValidationRule {
///     static let description = RuleDescription(
///         id: "no-principle", name: "Item serves no principle", severity: .error,
///         summary: "Every priority and objective is mapped to at least one statutory principle.",
///         example: RuleExample("priorities[0].principles", "[]"))
///
///     func check(_ input: ValidationInput) -> [Finding] {
///         input.itemPaths.filter { $0.item.principles.isEmpty }.map {
///             finding("\($0.path).principles", "\($0.item.title) is not mapped to any corporate parenting principle.")
///         }
///     }
/// }
/// ```
public protocol ValidationRule: Sendable {
    /// What the rule is.
    static var description: RuleDescription { get }

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
