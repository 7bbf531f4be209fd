import Foundation

/// The modules this test run was built with, for type-checking generated source against them with `swiftc`.
///
/// The build folder is the one holding the test bundle (so `--build-path` and `-c release` are followed), or
/// `.build/debug` in the package; the framework's module is `Modules/CorporateParenting.swiftmodule` there (or,
/// in older layouts, beside the products).
enum BuiltModules {
    /// `swiftc`, the folder to pass with `-I`, and the framework's object files, when all are there.
    static let found: (swiftc: String, modules: URL, objects: [String])? = {
        guard let swiftc = Subprocess.which("swiftc") else { return nil }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        // The test runner may be inside a bundle (`X.xctest/Contents/MacOS/X`): look in its parents too.
        let candidates = [beside, beside.deletingLastPathComponent(), beside.deletingLastPathComponent().deletingLastPathComponent(),
                          beside.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent(),
                          Subprocess.root.appendingPathComponent(".build/debug").resolvingSymlinksInPath()]
        for build in candidates {
            for modules in [build.appendingPathComponent("Modules"), build]
            where FileManager.default.fileExists(atPath: modules.appendingPathComponent("CorporateParenting.swiftmodule").path) {
                let objectFolder = build.appendingPathComponent("CorporateParenting.build")
                let files = (try? FileManager.default.contentsOfDirectory(atPath: objectFolder.path)) ?? []
                let objects = files.filter { $0.hasSuffix(".o") }.sorted().map { objectFolder.appendingPathComponent($0).path }
                return (swiftc, modules, objects)
            }
        }
        return nil
    }()

    /// Why the tests that need ``found`` are skipped.
    static let missing = "The CorporateParenting module is not built beside the tests or in .build/debug, or swiftc is not on PATH."
}
