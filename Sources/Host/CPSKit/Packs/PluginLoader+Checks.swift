#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CorporateParenting
import CPSEngine

extension PluginLoader {
    /// Checks the file at `path` before anything loads it: a regular file (a folder, a named pipe or a device is
    /// refused without waiting) and, on 64-bit little-endian Linux, an ELF shared library `dlopen` can map safely.
    static func checkedLibrary(_ path: String) throws(CPSError) -> CheckedPlugin {
        if FileSystem.kind(of: path) == .directory {
            throw .cannotRead(path: path, reason: "it is a folder; give the plugin's shared library")
        }
        let bytes = try CPSError.engine { () throws(EngineError) in try FileSystem.read(path) }
        #if os(Linux) && _pointerBitWidth(_64) && _endian(little)
        do {
            let file = try ELFFile(bytes)
            try file.checkLoadable()
            var symbols: [String: ELFSymbol] = [:]
            for name in [AuthorityPluginABI.versionSymbol, AuthorityPluginABI.packSymbol] {
                symbols[name] = try file.exportedSymbol(named: name)
            }
            return CheckedPlugin(path: path, symbols: symbols)
        } catch {
            throw .badInput(file: path, place: nil, reason: error.description)
        }
        #else
        _ = bytes
        return CheckedPlugin(path: path, symbols: nil)
        #endif
    }

    /// The path `dlopen` is given for `path`: absolute, so the dynamic linker loads the file that was checked and
    /// never searches its own folders for a bare name such as `libm.so.6`.
    static func absolutePath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let relative = path.contains("/") ? path : "./" + path
        guard let folder = getcwd(nil, 0) else { return relative }
        defer { free(folder) }
        let base = String(cString: folder)
        return base + (base.hasSuffix("/") ? "" : "/") + relative
    }
}
