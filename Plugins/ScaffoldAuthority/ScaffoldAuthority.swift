import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory scaffold-authority --name Blackpool [--ons E06000009] ...`
///
/// Adds a built-in council module by running its own tool, `AuthorityScaffolder`, on this package; the templates
/// and their checks are in the `AuthorityTemplates` library, where tests reach them. Nothing of `cps` is built.
@main
struct ScaffoldAuthority: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try context.tool(named: "AuthorityScaffolder").url
        process.arguments = ["--package-path", context.package.directoryURL.path()] + arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("scaffold-authority changed nothing (exit status \(process.terminationStatus)).")
            throw ScaffoldFailed(status: process.terminationStatus)
        }
    }

    /// The tool's exit status when it refused.
    struct ScaffoldFailed: Error {
        var status: Int32
    }
}
