#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The contract between `cps` and an authority plugin: a shared library that exports two C functions.
///
/// - `cps_plugin_abi_version() -> UInt32` returns ``version``; `cps` refuses a library built for another.
/// - `cps_plugin_pack_json() -> UnsafePointer<CChar>?` returns the authority's pack as UTF-8 JSON, valid for the
///   life of the process: schema version 2 (``AuthorityPack/currentSchemaVersion``) from a plugin built against
///   this framework. The JSON names its own schema version, so a plugin built against an earlier framework, which
///   returns version 1, still loads: `cps` upgrades its pack when reading it, as it does a version 1 file.
///
/// Before loading a library, `cps` checks it (on Linux): a regular file holding a 64-bit ELF shared library for the
/// machine `cps` runs on, not cut short, that exports both entry points as functions (not as data). It is loaded
/// from the path given, never from the system's library folders.
///
/// Only C types cross the boundary, so the plugin and `cps` may each link their own copy of this framework; the
/// ABI version changes only when the entry points do, not when the pack's schema does.
///
/// ```swift
/// import CorporateParenting
///
/// @_cdecl("cps_plugin_abi_version")
/// public func cpsPluginABIVersion() -> UInt32 { AuthorityPluginABI.version }
///
/// @_cdecl("cps_plugin_pack_json")
/// public func cpsPluginPackJSON() -> UnsafePointer<CChar>? { AuthorityPluginABI.export(Blackpool.pack) }
/// ```
public enum AuthorityPluginABI {
    /// The plugin ABI this framework speaks.
    public static let version: UInt32 = 1

    /// The name of the entry point that returns the ABI version.
    public static let versionSymbol = "cps_plugin_abi_version"

    /// The name of the entry point that returns the pack's JSON.
    public static let packSymbol = "cps_plugin_pack_json"

    /// The pack as a C string of JSON that lives as long as the process; `nil` if it cannot be encoded.
    public static func export(_ pack: AuthorityPack) -> UnsafePointer<CChar>? {
        guard let json = try? PackCoding.json(pack) else { return nil }
        return UnsafePointer(strdup(json))
    }
}
