import CorporateParenting
import CPSEngine

/// `cps export <id>` / `cps export --all`: packs as JSON, the form `--authority-path` reads back; or one pack as
/// a spreadsheet (`--format csv`), the layout `cps import` reads back.
public enum ExportCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "export",
        abstract: "Writes authority packs as JSON (one pack, or an array with --all, or with --region or --authorities), or one pack as a spreadsheet.",
        discussion: "With --format csv, one pack is written as a spreadsheet: a row for the pack, a row for its document, then one row per entry (section, kind, id, parent, text, owner, due, mappings, source, fields), which `cps import` reads back into the same pack. See docs/spreadsheet.md.",
        arguments: [ArgumentSpec("id", help: "The authority to export.", optional: true)],
        options: [.flag("all", help: "Export every authority as a JSON array.")] + CommonOptions.output + CommonOptions.selection + CommonOptions.authorities,
        formats: [.json, .csv],
        examples: ["export sefton", "export sefton --output sefton.json", "export sefton --format csv --output sefton.csv", "export --all", "export --region \"North West\""],
        refusals: ["as-of": "writes packs as they are, judging no dates"]
    )

    /// Writes the JSON.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let destination = try OutputDestination(arguments, command: spec.name)
        // Exporting copies packs as they are, drafts and prompts included.
        let catalog = try context.catalog(arguments, includingDrafts: true)
        let json: String  // or CSV, with --format csv
        do {
            let selecting = arguments.has("region") || arguments.has("authorities")
            let spreadsheet = context.format(arguments, spec) == .csv
            switch (arguments.positionals.first, arguments.has("all") || selecting) {
            case (let id?, false):
                let pack = try catalog.authority(id).pack
                json = spreadsheet ? try SpreadsheetWriter.csv(pack) : try PackCoding.json(pack)
            case (nil, true) where spreadsheet:
                throw CPSError.usage("A spreadsheet holds one pack; give the id of one authority with --format csv.", command: spec.name)
            case (nil, true):
                let ids = arguments.value("authorities").map(CommandContext.splitList) ?? []
                json = try PackCoding.json(try catalog.select(ids: ids, region: arguments.value("region")).map(\.pack))
            case (_?, true):
                throw CPSError.usage("Give an id, or --all (or --region or --authorities), not both.", command: spec.name)
            case (nil, false):
                throw CPSError.usage("Give the id of the authority to export, or --all.", command: spec.name)
            }
        } catch let error as CPSError {
            throw error
        } catch {
            throw .failure("Could not encode the pack: \(error)")
        }
        try destination.write(json, console: context.console)
        return ExitCode.success
    }
}
