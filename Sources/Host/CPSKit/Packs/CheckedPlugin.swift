import CorporateParenting
import CPSEngine

/// What ``PluginLoader`` learnt about a plugin's file before loading it: its entry points as its dynamic symbol
/// table declares them, so that data exported under an entry point's name is never called.
struct CheckedPlugin {
    /// The plugin's path as given.
    var path: String
    /// The exported symbols with the entry points' names, by name (absent when not exported); nil where the
    /// file's format is not checked (outside 64-bit little-endian Linux).
    var symbols: [String: ELFSymbol]?

    /// Refuses an entry point the file does not export as a function.
    func requireFunction(_ name: String) throws(CPSError) {
        guard let symbols else { return }
        guard let symbol = symbols[name] else {
            let more = name == AuthorityPluginABI.versionSymbol ? ", so it is not a cps authority plugin" : ""
            throw .badInput(file: path, place: nil, reason: "it does not export \(name)\(more)")
        }
        guard symbol.isFunction else {
            throw .badInput(file: path, place: nil, reason: "it exports \(name) as \(symbol.kind), not as a function, so cps cannot call it")
        }
    }
}
