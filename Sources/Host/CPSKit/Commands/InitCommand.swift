import CorporateParenting
import CPSEngine

/// `cps init "<Council name>"`: a starter pack on the shared framework for a council to complete.
public enum InitCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "init",
        abstract: "Writes a starter pack for a council: prompts to fill with the document's own words, or another council's structure with fresh ids and its content cleared.",
        discussion: "Every prompt reads \"TO BE COMPLETED\"; it claims nothing the council did not write (no board, no youth group, no measures, no mappings). `cps validate` reports each prompt as a warning and the pack as not yet filled in, and other commands refuse it until it is (or with --include-drafts). --la fills the name, codes and region from DfE's list of local authorities; --ons, --dfe and --region are checked against it. The file is written atomically and never replaces an existing one without --force.",
        arguments: [ArgumentSpec("name", help: "The council's name, such as \"Blackpool Council\" (default with --la: DfE's name for it).", optional: true)],
        options: CommonOptions.output + [
            .value("from", "id", help: "Start from this authority's outline and structure (its sections, items, actions, evidence and bodies) with the content cleared."),
            .value("la", "name or code", help: "Fill the name, codes and region from DfE's list of local authorities: a name such as Blackpool, a DfE code such as 890 or an ONS code such as E06000009."),
            .value("id", "id", help: "The pack's id (default: made from the name, such as blackpool)."),
            .value("ons", "code", help: "The council's ONS code, such as E06000009."),
            .value("dfe", "code", help: "The council's DfE code, such as 890."),
            .value("region", "name", help: "The council's region, such as \"North West\"."),
        ] + CommonOptions.authorities,
        examples: ["init --la Blackpool --output blackpool.json", "init \"Blackpool Council\" --from sefton --ons E06000009 --output blackpool.json"]
    )

    /// Writes the starter pack.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let destination = try OutputDestination(arguments, command: spec.name)
        let council = try authority(arguments)
        let name = council.name
        if let given = arguments.value("id"), let problem = InvalidIDRule.problem(with: given) {
            throw .usage("The id \"\(given)\" is not a valid id: \(problem); ids are lower-case letters, digits and single hyphens, such as \"blackpool\".", command: spec.name)
        }
        let id = arguments.value("id") ?? AuthorityIdentity.id(from: name)
        guard InvalidIDRule.isValid(id) else {
            throw .usage("Cannot make an id from \"\(name)\"; give one with --id, in lower-case letters, digits and hyphens.", command: spec.name)
        }
        let identity = AuthorityIdentity(name: name, id: id, ons: council.ons, dfe: council.dfe, region: council.region)
        var pack = StarterPack.blank(identity, framework: context.framework)
        if let from = arguments.value("from") {
            pack = StarterPack.structure(of: try context.catalog(arguments, includingDrafts: true).authority(from).pack, identity, framework: context.framework)
        }
        let json: String
        do { json = try PackCoding.json(pack) } catch { throw .failure("Could not encode the starter pack: \(error)") }
        try destination.write(json, console: context.console)
        return ExitCode.success
    }
}
