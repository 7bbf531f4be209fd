import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory scaffold-authority --name Blackpool [--ons E06000009] ...`
///
/// Adds a built-in council module by running `cps scaffold-authority` on this package; all the work (and its
/// checks) is in CPSKit, where tests can reach it.
@main
struct ScaffoldAuthority: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try context.tool(named: "cps").url
        process.arguments = ["scaffold-authority", "--package-path", context.package.directoryURL.path()] + arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("scaffold-authority changed nothing (exit status \(process.terminationStatus)).")
            throw ScaffoldFailed(status: process.terminationStatus)
        }
    }

    struct ScaffoldFailed: Error {
        var status: Int32
    }
}
