#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CorporateParenting
import CPSEngine

/// Loads an authority from a shared library built against ``AuthorityPluginABI``, without rebuilding `cps`.
///
/// A missing file, a file that is not a library (or is cut short, or built for another machine), a missing entry
/// point or one that is data rather than a function, another ABI version or an invalid pack is one clear error; the library stays loaded for the life of the process. A plugin built against an earlier
/// framework returns a schema version 1 pack, which is upgraded as it is read (see ``AuthorityPluginABI``).
public enum PluginLoader {
    /// The authority the library at `path` holds.
    ///
    /// The file is checked before the dynamic linker sees it (on Linux: a 64-bit ELF shared library for this
    /// machine, every part it maps inside the file, and both entry points exported as functions), so a broken or
    /// hostile file is an error rather than a crash; and it is loaded by its absolute path, never looked up in the
    /// system's library folders.
    public static func load(_ path: String, framework: OutcomeFramework = .standard) throws(CPSError) -> LoadedAuthority {
        let library = try checkedLibrary(path)
        guard let handle = dlopen(absolutePath(path), RTLD_NOW | RTLD_LOCAL) else {
            throw .badInput(file: path, place: nil, reason: "it is not a shared library cps can load (\(lastError()))")
        }
        typealias VersionFunction = @convention(c) () -> UInt32
        typealias PackFunction = @convention(c) () -> UnsafePointer<CChar>?
        try library.requireFunction(AuthorityPluginABI.versionSymbol)
        guard let versionSymbol = dlsym(handle, AuthorityPluginABI.versionSymbol) else {
            throw .badInput(file: path, place: nil, reason: "it does not export \(AuthorityPluginABI.versionSymbol), so it is not a cps authority plugin")
        }
        let version = unsafeBitCast(versionSymbol, to: VersionFunction.self)()
        guard version == AuthorityPluginABI.version else {
            throw .badInput(file: path, place: nil, reason: "it was built for plugin ABI version \(version), but this cps loads version \(AuthorityPluginABI.version); rebuild it against this version of CorporateParenting")
        }
        try library.requireFunction(AuthorityPluginABI.packSymbol)
        guard let packSymbol = dlsym(handle, AuthorityPluginABI.packSymbol) else {
            throw .badInput(file: path, place: nil, reason: "it does not export \(AuthorityPluginABI.packSymbol)")
        }
        guard let text = unsafeBitCast(packSymbol, to: PackFunction.self)() else {
            throw .badInput(file: path, place: nil, reason: "its \(AuthorityPluginABI.packSymbol) returned no pack")
        }
        let bytes = Array(String(cString: text).utf8)
        let read: PackRead
        do {
            read = try PackCoding.readPacks(bytes)
        } catch {
            throw .badInput(file: path, place: nil, reason: "its pack cannot be read: \(error.description.lowercasingFirst().droppingFinalPeriod())")
        }
        guard read.packs.count == 1, read.packs[0].place.isEmpty else {
            throw .badInput(file: path, place: nil, reason: "its pack cannot be read: it returned an array, not one pack")
        }
        let pack = read.packs[0].pack
        // Checked as a file is (a key given twice is an error), with the reader's notes rather than a second walk.
        let input = ValidationInput(
            pack: pack, unknownKeys: read.report.unknownKeys, duplicateKeys: read.report.duplicateKeys,
            flaggedTexts: read.report.strings, framework: framework
        )
        if let error = PackValidator.validate(input).first(where: { $0.severity == .error }) {
            let upgraded = read.upgraded ? " (its pack is schema version 1, read as upgraded to version 2)" : ""
            throw .badInput(file: path, place: "at \(error.path)", reason: "\(error.message.droppingFinalPeriod()) [\(error.rule)]\(upgraded)")
        }
        return LoadedAuthority(pack: pack, origin: .plugin(path: path))
    }

    static func lastError() -> String {
        dlerror().map { String(cString: $0) } ?? "unknown error"
    }
}
