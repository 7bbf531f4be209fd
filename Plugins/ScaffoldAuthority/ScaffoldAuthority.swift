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
        // The tool has said why in one sentence on standard error; this only ends the command with a failure.
        guard process.terminationStatus == 0 else { throw ScaffoldFailed(status: process.terminationStatus) }
    }

    /// The tool refused, with this exit status.
    struct ScaffoldFailed: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "scaffold-authority changed nothing (its tool exited with status \(status))." }
    }
}
