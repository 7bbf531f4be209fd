import AuthorityTemplates
import Foundation
import Testing

/// The fast check of the scaffold: the module and test it generates type-check against the framework this run was
/// built with, in seconds, with no package copied and nothing built but the generated module's interface.
@Suite struct ScaffoldTypeCheckTests {
    /// Writes `scaffold`'s two files into a new folder, type-checks the module, emits its interface as
    /// `<Name>Authority`, and type-checks the test against it.
    static func typeCheck(_ scaffold: AuthorityScaffold) throws {
        guard let (swiftc, modules, _) = BuiltModules.found else { return }
        let work = try CPSHarness.temporaryFolder()
        let source = work.appendingPathComponent("\(scaffold.name).swift")
        let test = work.appendingPathComponent("\(scaffold.name)Tests.swift")
        try scaffold.moduleSource.write(to: source, atomically: true, encoding: .utf8)
        try scaffold.testSource.write(to: test, atomically: true, encoding: .utf8)

        let checked = try Subprocess.run([swiftc, "-typecheck", "-I", modules.path, source.path], seconds: 120)
        #expect(checked.status == 0, "\(checked.output)")
        #expect(!checked.output.contains("warning:"), "\(checked.output)")
        let module = try Subprocess.run([swiftc, "-emit-module", "-parse-as-library", "-module-name", "\(scaffold.name)Authority",
                                         "-I", modules.path, source.path,
                                         "-emit-module-path", work.appendingPathComponent("\(scaffold.name)Authority.swiftmodule").path], seconds: 120)
        #expect(module.status == 0, "\(module.output)")
        let testChecked = try Subprocess.run([swiftc, "-typecheck", "-I", modules.path, "-I", work.path, test.path], seconds: 120)
        #expect(testChecked.status == 0, "\(testChecked.output)")
    }

    @Test(.enabled(if: BuiltModules.found != nil, "\(BuiltModules.missing)"))
    func plainModuleAndTestTypeCheck() throws {
        try Self.typeCheck(AuthorityScaffold(name: "Blackpool", ons: "E06000009", dfe: "890", region: "North West"))
    }

    @Test(.enabled(if: BuiltModules.found != nil, "\(BuiltModules.missing)"))
    func moduleWithoutCodesTypeChecks() throws {
        try Self.typeCheck(AuthorityScaffold(name: "Bath2"))
    }

    /// A broken template is caught: the same check fails on a module that misspells the framework's API.
    @Test(.enabled(if: BuiltModules.found != nil, "\(BuiltModules.missing)"))
    func aBrokenModuleFailsTheCheck() throws {
        guard let (swiftc, modules, _) = BuiltModules.found else { return }
        let scaffold = try AuthorityScaffold(name: "Blackpool")
        let broken = scaffold.moduleSource.replacingOccurrences(of: "Commitment(", with: "Commitmnet(")
        let source = try CPSHarness.temporaryFolder().appendingPathComponent("Blackpool.swift")
        try broken.write(to: source, atomically: true, encoding: .utf8)
        let checked = try Subprocess.run([swiftc, "-typecheck", "-I", modules.path, source.path], seconds: 120)
        #expect(checked.status != 0)
        #expect(checked.output.contains("Commitmnet"))
    }
}
