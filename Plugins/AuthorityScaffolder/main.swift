// The scaffold-authority plugin's tool: adds a built-in council module to this package.
// Usage: AuthorityScaffolder --package-path ROOT --name NAME [--council NAME] [--id ID] [--ons CODE] [--dfe CODE] [--region NAME]
import AuthorityTemplates
import Foundation

do throws(ScaffoldError) {
    let arguments = try ScaffoldArguments(Array(CommandLine.arguments.dropFirst()))
    if arguments.wantsHelp {
        FileHandle.standardOutput.write(Data(ScaffoldArguments.help.utf8))
        exit(0)
    }
    let scaffold = try arguments.scaffold()
    let written = try scaffold.apply(packageRoot: arguments.packageRoot)
    let message = "Added \(scaffold.name) (id \(scaffold.identity.id)): " + written.map(SwiftSource.comment).joined(separator: ", ")
        + ". Run `swift build` and `swift test`; `swift run cps list` shows it.\n"
    FileHandle.standardError.write(Data(message.utf8))
} catch {
    FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
    exit(error.exitStatus)
}
