import CorporateParenting

/// Runs every rule of the registry over a pack.
///
/// ```swift
/// let read = try PackCoding.readPacks(bytes)
/// let findings = PackValidator.validate(ValidationInput(pack: read.packs[0].pack, unknownKeys: read.report.unknownKeys))
/// ```
public enum PackValidator {
    /// Every finding of every rule, in rule order.
    public static func validate(_ input: ValidationInput) -> [Finding] {
        RuleRegistry.rules.flatMap { $0.init().check(input) }
    }

    /// Validates a pack that has no file (a built-in council's).
    public static func validate(_ pack: AuthorityPack, framework: OutcomeFramework = .standard) -> [Finding] {
        validate(ValidationInput(pack: pack, framework: framework))
    }
}
