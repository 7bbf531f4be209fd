@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// The ELF reader on libraries built byte by byte, and on real ones: it finds what `dlopen` and `dlsym` would,
/// refuses every file the dynamic linker would crash on or misreport, and never crashes itself.
@Suite struct ELFFileTests {
    static let plugin = ELFImage(symbols: [
        .init(name: "cps_plugin_abi_version"), .init(name: "cps_plugin_pack_json"),
        .init(name: "some_data", type: 1), .init(name: "needed_elsewhere", defined: false), .init(name: "local_one", binding: 0),
    ])

    func problem(_ bytes: [UInt8]) -> ELFProblem? {
        do {
            _ = try ELFFile(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsAHandMadeLibrary() throws {
        let file = try ELFFile(Self.plugin.bytes)
        #expect(file.type == 3 && file.machine == 62)
        #expect(file.programHeaders.count == 1 && file.sections.count == 3)
        try file.checkLoadable(hostMachine: 62)
        let version = try #require(try file.exportedSymbol(named: "cps_plugin_abi_version"))
        #expect(version.isFunction && version.isExported)
        #expect(try file.exportedSymbol(named: "some_data")?.kind == "data")
        #expect(try file.exportedSymbol(named: "some_data")?.isFunction == false)
        #expect(try file.exportedSymbol(named: "needed_elsewhere") == nil, "an undefined symbol is not exported")
        #expect(try file.exportedSymbol(named: "local_one") == nil, "a local symbol is not exported")
        #expect(try file.exportedSymbol(named: "cps_plugin") == nil, "a prefix is not a name")
        #expect(try file.dynamicSymbols().map(\.name) == ["cps_plugin_abi_version", "cps_plugin_pack_json", "some_data", "needed_elsewhere", "local_one"])
    }

    @Test func refusesWhatIsNotA64BitLittleEndianELFFile() {
        #expect(problem([]) == .notELF)
        #expect(problem(Array("not a library".utf8)) == .notELF)
        var image = Self.plugin
        image.elfClass = 1
        #expect(problem(image.bytes) == .wrongClass)
        image.elfClass = 7
        #expect(problem(image.bytes) == .malformed("ELF class is 7, neither 32-bit nor 64-bit"))
        image = Self.plugin
        image.byteOrder = 2
        #expect(problem(image.bytes) == .bigEndian)
        #expect(ELFProblem.notELF.description == "it is not a shared library cps can load (it does not begin with the ELF signature)")
    }

    @Test func refusesAProgramAnObjectFileOrAnotherMachine() throws {
        var image = Self.plugin
        image.type = 2
        #expect(throws: ELFProblem.notSharedLibrary(2)) { try ELFFile(image.bytes).checkLoadable(hostMachine: 62) }
        image.type = 1
        #expect(throws: ELFProblem.notSharedLibrary(1)) { try ELFFile(image.bytes).checkLoadable(hostMachine: 62) }
        image = Self.plugin
        image.machine = 183
        #expect(throws: ELFProblem.wrongMachine(found: 183, host: 62)) { try ELFFile(image.bytes).checkLoadable(hostMachine: 62) }
        try ELFFile(image.bytes).checkLoadable(hostMachine: nil)
        #expect(ELFProblem.wrongMachine(found: 183, host: 62).description == "it is built for 64-bit ARM (AArch64), but this cps runs on x86-64")
        #expect(ELFProblem.notSharedLibrary(1).description == "it is not a shared library cps can load (it is an object file, not yet linked into a library)")
    }

    /// Every part the linker maps is in the file, so every shorter copy is refused as cut short.
    @Test func everyShorterCopyIsCutShort() {
        let bytes = Self.plugin.bytes
        for length in 0..<bytes.count {
            let found = problem(Array(bytes[0..<length]))
            if length < 4 {
                #expect(found == .notELF)
            } else if case .cutShort = found {
            } else {
                Issue.record("\(length) bytes: \(String(describing: found))")
            }
        }
        #expect(problem(Array(bytes[0..<100])) == .cutShort("its program header table needs bytes up to 120, but the file has only 100"))
        #expect(problem(Array(bytes[0..<200])) == .cutShort("its program header 0 needs bytes up to \(bytes.count), but the file has only 200"))
        #expect(ELFProblem.cutShort("x").description == "it is cut short: x")
    }

    @Test func offsetsThatOverflowAreCutShort() {
        var bytes = Self.plugin.bytes
        ELFImage.put(&bytes, 64 + 8, UInt64.max - 4, 8)  // the segment's offset
        #expect(problem(bytes) == .cutShort("its program header 0 needs more bytes than a file can have, but the file has only \(bytes.count)"))
        bytes = Self.plugin.bytes
        ELFImage.put(&bytes, 32, UInt64.max, 8)  // the program header table's offset
        #expect(problem(bytes) != nil)
    }

    @Test func contradictoryTablesAreRefusedNotFollowed() throws {
        let sections = ELFImage.sectionTableOffset(Self.plugin.bytes)
        var bytes = Self.plugin.bytes
        ELFImage.put(&bytes, 54, 20, 2)  // program header entries too small to hold one
        #expect(problem(bytes) == .malformed("program header entries are 20 bytes, fewer than the 56 they need"))
        bytes = Self.plugin.bytes
        ELFImage.put(&bytes, sections + 128 + 40, 2, 4)  // the symbol table names itself as its string table
        #expect(throws: ELFProblem.malformed("dynamic symbol table names no string table")) { try ELFFile(bytes).exportedSymbol(named: "x") }
        bytes = Self.plugin.bytes
        ELFImage.put(&bytes, sections + 128 + 56, 8, 8)  // symbols said to be 8 bytes each
        #expect(throws: ELFProblem.self) { try ELFFile(bytes).exportedSymbol(named: "x") }
        bytes = Self.plugin.bytes
        let firstSymbol = Int(try ELFFile(bytes).sections[2].offset) + 24
        ELFImage.put(&bytes, firstSymbol, 10_000, 4)  // a name past the string table
        #expect(throws: ELFProblem.malformed("dynamic symbol 1 has its name past the end of its string table")) { try ELFFile(bytes).exportedSymbol(named: "x") }
        bytes = Self.plugin.bytes
        ELFImage.put(&bytes, sections + 64 + 32, 5, 8)  // a string table cut inside the first name
        #expect(throws: ELFProblem.malformed("dynamic symbol 1 has a name that does not end inside its string table")) { try ELFFile(bytes).exportedSymbol(named: "x") }
    }

    @Test func aFileWithoutSectionHeadersCannotBeChecked() throws {
        var image = Self.plugin
        image.withSections = false
        #expect(throws: ELFProblem.noSectionHeaders) { try ELFFile(image.bytes).exportedSymbol(named: "cps_plugin_abi_version") }
    }

    /// Random bytes behind a valid header: refused or read, never a crash.
    @Test func noiseNeverCrashesTheReader() {
        var generator = SystemRandomNumberGenerator()
        let header = Array(Self.plugin.bytes[0..<16])
        for _ in 0..<2_000 {
            let noise = header + (0..<Int.random(in: 0..<600, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if let file = try? ELFFile(noise) {
                _ = try? file.dynamicSymbols()
            }
        }
    }

    /// The libraries this test process has loaded, from /proc/self/maps. Other tests map and unmap memory while it
    /// is read, so a read that fails or finds nothing is tried again.
    static func loadedLibrary(_ name: String) -> String? {
        for _ in 0..<5 {
            guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { continue }
            let found = maps.split(separator: "\n").compactMap { $0.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init) }
                .first { $0.hasPrefix("/") && $0.split(separator: "/").last.map { $0.hasPrefix(name) } == true }
            if let found { return found }
        }
        return nil
    }

    /// The C library's path, read once, so the test and its condition agree.
    static let cLibrary = loadedLibrary("libc.so")

    #if os(Linux)
    @Test(.enabled(if: cLibrary != nil, "No libc in /proc/self/maps."))
    func readsTheRealCLibrary() throws {
        let path = try #require(Self.cLibrary)
        let file = try ELFFile(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        try file.checkLoadable()
        #expect(try file.exportedSymbol(named: "puts")?.isFunction == true)
        #expect(try file.exportedSymbol(named: "stdout")?.kind == "data")
        #expect(try file.exportedSymbol(named: "cps_plugin_abi_version") == nil)
    }

    @Test func readsThisProgramForThisMachine() throws {
        let file = try ELFFile(Array(try Data(contentsOf: URL(fileURLWithPath: "/proc/self/exe"))))
        #expect(file.machine == ELFMachine.host)
        #expect(try file.exportedSymbol(named: "puts")?.isDefined != true, "puts comes from libc, not from the program")
    }
    #endif
}
