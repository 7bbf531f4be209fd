import CPSEngine
/// `cps stats query FILE... --where COLUMN=VALUE ... --value COLUMN`: any series of DfE tidy CSV files.
public enum StatsCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "stats",
        abstract: "Reads DfE tidy CSV files (Explore Education Statistics): `cps stats query FILE... --where COLUMN=VALUE --value COLUMN`.",
        discussion: "Rows whose columns hold every --where value, with every filter column of the file (such as cla_group or characteristic) and the --value column read as a number or as DfE's special value (c suppressed, z not applicable, x not available, k rounds to zero, and the older ~ and :), shown as its meaning with its symbol, such as \"suppressed (c)\". Column names and --where values match ignoring case; COLUMN==VALUE matches the value exactly. When no row matches, cps names the condition that matched nothing and the values its column holds, and exits with status 1. JSON gives timePeriod, geographicLevel, dfeCode, onsCode, name, regionName, filters (each filter column's value), value (a number or null), symbol (the special value or null) and meaning (what the special value means, or null).",
        arguments: [ArgumentSpec("subcommand", help: "query"), ArgumentSpec("file", help: "DfE tidy CSV files.", optional: true, variadic: true)],
        options: [
            .value("where", "column=value", help: "Keep rows whose column holds this value, ignoring case (COLUMN==VALUE: exactly); repeatable (values of one column are alternatives).", repeatable: true),
            .value("value", "column", help: "The value column to read, such as children_percent (any case)."),
        ],
        formats: [.json, .csv, .text, .markdown],
        examples: ["stats query la_cla_placement_stability.csv --where cla_group=\"CLA on 31 March\" --where placement_stability=\"With 3 or more placements during the year\" --value children_percent"]
    )

    /// Prints the rows.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        guard arguments.positionals[0].lowercased() == "query" else {
            if arguments.positionals[0].contains(".") || arguments.positionals[0].contains("/") {
                let files = arguments.positionals.joined(separator: " ")
                throw .usage("`cps stats` needs a subcommand before the files: did you mean `cps stats query \(files)`?", command: spec.name)
            }
            throw .usage("`cps stats` has one subcommand, query; not \"\(arguments.positionals[0])\".", command: spec.name)
        }
        let files = Array(arguments.positionals.dropFirst())
        guard !files.isEmpty else { throw .usage("Give the DfE CSV files to query.", command: spec.name) }
        guard let value = arguments.value("value") else { throw .usage("Give the value column to read with --value.", command: spec.name) }
        var conditions: [DfEQueryFilter] = []
        for text in arguments.values("where") {
            guard let condition = DfEQueryFilter(parsing: text) else {
                throw .usage("--where takes COLUMN=VALUE (or COLUMN==VALUE to match case exactly), not \"\(text)\".", command: spec.name)
            }
            conditions.append(condition)
        }
        var rows: [DfEQueryRow] = []
        var filterColumns: [String] = []
        var firstTable: DfETable?
        for file in files {
            let table = try CPSError.engine { () throws(EngineError) in try DfETable(path: file) }
            let found = try CPSError.engine { () throws(EngineError) in try table.rows(where: conditions, value: value) }
            rows += found.rows
            filterColumns += found.filterColumns.filter { !filterColumns.contains($0) }
            if firstTable == nil { firstTable = table }
        }
        if rows.isEmpty, !conditions.isEmpty, let table = firstTable, let reason = try CPSError.engine({ () throws(EngineError) in try table.unmatched(conditions) }) {
            throw CPSError(reason)
        }
        try context.emit(StatsQueryView(rows: rows, filterColumns: filterColumns), arguments, spec)
        return ExitCode.success
    }
}
