import CorporateParenting
import CPSEngine

/// `cps schema`: the pack's JSON Schema, generated from the model, so the schema cannot drift from what `cps` reads.
public enum SchemaCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "schema",
        abstract: "Writes the JSON Schema (draft 2020-12) of an authority pack, generated from the model cps reads.",
        discussion: "schema/authority-pack.schema.json in the repository is this command's output, checked by a test. A file may hold one pack or an array of packs.",
        options: CommonOptions.output,
        examples: ["schema", "schema --output authority-pack.schema.json"],
        refusals: ["region": "prints one JSON schema", "authorities": "prints one JSON schema", "format": "prints one JSON schema",
                   "as-of": "prints one JSON schema", "authority-path": "prints one JSON schema", "plugin": "prints one JSON schema"]
    )

    /// The schema as written to `schema/authority-pack.schema.json`.
    public static func text() throws(CPSError) -> String {
        let generator = JSONSchemaGenerator(
            id: "https://corporate-parenting-strategies.example/schema/authority-pack.schema.json",
            title: "Corporate parenting strategy: authority pack, schema version \(AuthorityPack.currentSchemaVersion)"
        )
        do {
            return JSONWriter.write(try generator.schema(for: AuthorityPack.self, oneOrMany: true)) + "\n"
        } catch {
            throw .failure("Could not write the schema: \(error.reason).")
        }
    }

    /// Writes the schema.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let destination = try OutputDestination(arguments, command: spec.name)
        try destination.write(try text(), console: context.console)
        return ExitCode.success
    }
}
