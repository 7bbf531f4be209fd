/// A council's configuration module: one type that holds the council's pack, written in the DSL.
///
/// A built-in council lives in `Sources/Authorities/<Name>/` as the module `<Name>Authority`, which declares
/// `public enum <Name>: AuthorityDefinition`. The host's registry is generated from the list in `Package.swift`.
///
/// ```swift
/// import CorporateParenting
///
/// public enum Blackpool: AuthorityDefinition {
///     public static let pack = AuthorityPack(id: "blackpool", name: "Blackpool Council",
///                                            ons: "E06000009", dfe: "890", region: "North West",
///                                            document: StrategyDocument(title: "Corporate Parenting Strategy", period: .years(2024, 2027))) {
///         Section("Our Vision") {
///             Vision("...")
///         }
///     }
/// }
/// ```
public protocol AuthorityDefinition {
    /// The council's pack.
    static var pack: AuthorityPack { get }
}
