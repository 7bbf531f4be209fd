import Foundation
import Testing

/// Plugin files that used to crash `cps` or load the wrong library, each run through the real binary: refused
/// with one sentence naming the file, never a crash.
@Suite struct PluginFileTests {
    static let ready = RealBinary.cps != nil && RealBinary.hasCompiler

    /// A plugin whose pack is the version 1 fixture (id "example"), which cps loads.
    static let goodSource = """
        unsigned int cps_plugin_abi_version(void) { return 1; }
        const char *cps_plugin_pack_json(void) { return \(PluginLoaderTests.cLiteral(
            (try? String(contentsOf: Subprocess.root.appendingPathComponent("Tests/Framework/Migration/Fixtures/version1.json"), encoding: .utf8)) ?? "")); }
        """

    func refused(_ library: String, in folder: URL, _ message: String) throws {
        let result = try RealBinary.run(["list", "--plugin", library], in: folder)
        #expect(result.reason == .exit, "crashed: \(result.error)")
        #expect(result.status == 65)
        #expect(result.error == "cps: \(library): \(message).\n")
    }

    @Test(.enabled(if: ready, "No cps binary or no C compiler (cc)."))
    func anEntryPointThatIsDataIsRefused() throws {
        let folder = try CPSHarness.temporaryFolder()
        let version = try RealBinary.compile("const int cps_plugin_abi_version = 3;\nconst char *cps_plugin_pack_json(void) { return 0; }\n",
                                             to: "libdata.so", in: folder)
        try refused(version.path, in: folder, "it exports cps_plugin_abi_version as data, not as a function, so cps cannot call it")
        let pack = try RealBinary.compile("unsigned int cps_plugin_abi_version(void) { return 1; }\nconst char cps_plugin_pack_json[] = \"{}\";\n",
                                          to: "libpackdata.so", in: folder)
        try refused(pack.path, in: folder, "it exports cps_plugin_pack_json as data, not as a function, so cps cannot call it")
    }

    @Test(.enabled(if: ready, "No cps binary or no C compiler (cc)."))
    func aLibraryCutShortIsRefused() throws {
        let folder = try CPSHarness.temporaryFolder()
        let good = try RealBinary.compile(Self.goodSource, to: "libgood.so", in: folder)
        let bytes = try Data(contentsOf: good)
        for (name, length) in [("libhalf.so", bytes.count / 2), ("libnearly.so", bytes.count - 1)] {
            let cut = folder.appendingPathComponent(name)
            try bytes.prefix(length).write(to: cut)
            let result = try RealBinary.run(["list", "--plugin", cut.path], in: folder)
            #expect(result.reason == .exit && result.status == 65, "\(result.error)")
            #expect(result.error.hasPrefix("cps: \(cut.path): it is cut short: its "), "\(result.error)")
            #expect(result.error.hasSuffix(", but the file has only \(length).\n"))
        }
        #expect(try RealBinary.run(["list", "--plugin", good.path], in: folder).status == 0, "the whole library loads")
    }

    @Test(.enabled(if: ready, "No cps binary or no C compiler (cc)."))
    func aLibraryForAnotherMachineSaysSo() throws {
        let folder = try CPSHarness.temporaryFolder()
        var bytes = [UInt8](try Data(contentsOf: try RealBinary.compile(Self.goodSource, to: "libgood.so", in: folder)))
        let host = UInt16(bytes[18]) | UInt16(bytes[19]) << 8
        let other: (machine: UInt16, name: String) = host == 183 ? (62, "x86-64") : (183, "64-bit ARM (AArch64)")
        let hostName = host == 183 ? "64-bit ARM (AArch64)" : host == 62 ? "x86-64" : nil
        bytes[18] = UInt8(other.machine & 0xFF)
        bytes[19] = UInt8(other.machine >> 8)
        let foreign = folder.appendingPathComponent("libforeign.so")
        try Data(bytes).write(to: foreign)
        let result = try RealBinary.run(["list", "--plugin", foreign.path], in: folder)
        #expect(result.status == 65)
        if let hostName {
            #expect(result.error == "cps: \(foreign.path): it is built for \(other.name), but this cps runs on \(hostName).\n")
        }
        #expect(!result.error.contains("No such file"))
    }

    /// A bare name is a file in the current folder, never a library the dynamic linker finds elsewhere.
    @Test(.enabled(if: ready, "No cps binary or no C compiler (cc)."))
    func aBareNameIsTheFileInTheCurrentFolder() throws {
        let empty = try CPSHarness.temporaryFolder()
        for name in ["libm.so.6", "libc.so.6"] {
            let missing = try RealBinary.run(["list", "--plugin", name], in: empty)
            #expect(missing.status == 66)
            #expect(missing.error == "cps: Cannot read \(name): no such file or folder.\n")
        }
        let folder = try CPSHarness.temporaryFolder()
        _ = try RealBinary.compile(Self.goodSource, to: "libm.so.6", in: folder)
        let loaded = try RealBinary.run(["list", "--plugin", "libm.so.6", "--format", "json"], in: folder)
        #expect(loaded.status == 0, "\(loaded.error)")
        #expect(loaded.out.contains("\"id\": \"example\""), "the plugin in the folder, not the system's libm")
        let subfolder = try RealBinary.run(["list", "--plugin", "../\(folder.lastPathComponent)/libm.so.6"], in: empty)
        #expect(subfolder.status == 0, "a relative path with a folder loads too: \(subfolder.error)")
    }
}
