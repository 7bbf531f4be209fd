import CorporateParenting

/// Runs every rule of the registry over a pack.
///
/// ```swift
/// let findings = PackValidator.validate(ValidationInput(pack: pack, json: try JSONValueEncoder().encode(pack)))
/// ```
public enum PackValidator {
    /// Every finding of every rule, in rule order.
    public static func validate(_ input: ValidationInput) -> [Finding] {
        RuleRegistry.rules.flatMap { $0.init().check(input) }
    }

    /// Validates a pack as it would be exported (for built-in councils, which have no file).
    public static func validate(_ pack: AuthorityPack, framework: OutcomeFramework = .standard) -> [Finding] {
        guard let json = try? JSONValueEncoder().encode(pack) else { return [] }
        return validate(ValidationInput(pack: pack, json: json, framework: framework))
    }
}
