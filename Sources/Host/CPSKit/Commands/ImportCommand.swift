import CorporateParenting
import CPSEngine

/// `cps import FILE.csv`: a pack from a spreadsheet in the layout `cps export --format csv` writes.
public enum ImportCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "import",
        abstract: "Reads a spreadsheet (CSV) in the layout `export --format csv` writes and writes it as a schema 2 pack.",
        discussion: "The spreadsheet has a header row naming its columns, in any order: section, kind, id, parent, text, owner, due, mappings, source and fields (only kind is required); then a pack row, a document row and a row per entry, each beneath the row its parent (or section) cell names. UTF-8 with or without a byte-order mark, CRLF or LF line ends, as a spreadsheet saves it. Every row that cannot be read is reported with its row number (the header is row 1) and column, and nothing is written (exit status 65); so is a pack that `cps validate` would find an error in. Warnings are printed and the pack is written. The output is never replaced without --force. See docs/spreadsheet.md.",
        arguments: [ArgumentSpec("file", help: "The spreadsheet, saved as CSV.")],
        options: CommonOptions.output + [
            .value("max-pack-bytes", "bytes", help: "Refuse files larger than this (default 16777216; also CPS_MAX_PACK_BYTES)."),
        ],
        examples: ["import plan.csv --output blackpool.json", "import plan.csv --output blackpool.json --force"]
    )

    /// Reads the spreadsheet, checks the pack and writes it.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let destination = try OutputDestination(arguments, command: spec.name)
        guard let file = arguments.positionals.first, !file.isEmpty else {
            throw .usage("Give the spreadsheet (a CSV file) to import.", command: spec.name)
        }
        let limit = try context.maximumPackBytes(arguments)
        let bytes = try CPSError.engine { () throws(EngineError) in try FileSystem.read(file, limit: limit) }
        let (pack, reader): (AuthorityPack, SpreadsheetReader)
        do {
            (pack, reader) = try SpreadsheetReader.read(bytes)
        } catch {
            throw .badRows(file: file, problems: error.problems)
        }
        let findings = PackValidator.validate(pack, framework: context.framework)
        let errors = findings.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw .badRows(file: file, problems: errors.map { finding in
                let place = reader.place(of: finding.path)
                return SpreadsheetProblem(row: place?.row, column: place?.column,
                                          reason: "\(finding.message.droppingFinalPeriod().lowercasingFirst()) [\(finding.rule), at \(finding.path) in the pack it makes]")
            })
        }
        for warning in findings where warning.severity == .warning {
            let place = reader.place(of: warning.path).map { " row \($0.row), column \($0.column)" } ?? ""
            context.console.notice("\(file)\(place): warning: \(warning.message.droppingFinalPeriod().lowercasingFirst()) [\(warning.rule), at \(warning.path) in the pack it makes].")
        }
        let json: String
        do { json = try PackCoding.json(pack) } catch { throw .failure("Could not encode the pack: \(error)") }
        try destination.write(json, console: context.console)
        return ExitCode.success
    }
}
