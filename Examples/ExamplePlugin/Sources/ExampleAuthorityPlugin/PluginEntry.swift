import CorporateParenting

// The two C entry points `cps --plugin` looks for (see AuthorityPluginABI).

@_cdecl("cps_plugin_abi_version")
public func cpsPluginABIVersion() -> UInt32 {
    AuthorityPluginABI.version
}

@_cdecl("cps_plugin_pack_json")
public func cpsPluginPackJSON() -> UnsafePointer<CChar>? {
    AuthorityPluginABI.export(ExampleCouncil.pack)
}
