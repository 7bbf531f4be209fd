import CPSEngine
/// Where an authority was loaded from.
public enum AuthorityOrigin: Equatable, Sendable, CustomStringConvertible {
    /// A module built into `cps`.
    case builtIn(module: String)
    /// A JSON pack file.
    case pack(path: String)
    /// A runtime plugin (a shared library).
    case plugin(path: String)

    /// "the built-in module SeftonAuthority", "the pack /path/sefton.json", "the plugin /path/libX.so".
    public var description: String {
        switch self {
        case .builtIn(let module): "the built-in module \(module)Authority"
        case .pack(let path): "the pack \(path)"
        case .plugin(let path): "the plugin \(path)"
        }
    }

    /// "built-in", or the file's path.
    public var shortDescription: String {
        switch self {
        case .builtIn: "built-in"
        case .pack(let path), .plugin(let path): path
        }
    }
}
