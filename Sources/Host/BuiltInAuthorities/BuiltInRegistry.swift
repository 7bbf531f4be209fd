import CorporateParenting

/// The councils built into `cps`, one per module listed in `Package.swift`.
///
/// The list is generated at build time by the `AuthorityRegistry` plugin; adding a council needs no change here.
public enum BuiltInRegistry {
    /// Every built-in council's pack, in the order of their module names.
    public static let packs: [AuthorityPack] = generatedPacks()
}
