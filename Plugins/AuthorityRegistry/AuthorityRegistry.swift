import PackagePlugin

/// Generates the host's registry of built-in councils from the target's dependencies: every dependency named
/// `<Name>Authority` is a council module declaring `public enum <Name>: AuthorityDefinition`.
@main
struct AuthorityRegistry: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let names = target.dependencies.compactMap { dependency -> String? in
            guard case .target(let module) = dependency, module.name.hasSuffix("Authority") else { return nil }
            return String(module.name.dropLast("Authority".count))
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedRegistry.swift")
        return [
            .buildCommand(
                displayName: "Generating the registry of \(names.count) built-in councils",
                executable: try context.tool(named: "AuthorityRegistryGenerator").url,
                arguments: [output.path()] + names,
                inputFiles: [],
                outputFiles: [output]
            ),
        ]
    }
}
