import CPSKit

extension BuiltInRegistry {
    /// The built-in councils with their origins, as `cps` loads them.
    public static var loaded: [LoadedAuthority] {
        zip(packs, moduleNames).map { LoadedAuthority(pack: $0, origin: .builtIn(module: $1)) }
    }
}
