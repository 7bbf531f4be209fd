/// `cps stats query FILE... --where COLUMN=VALUE ... --value COLUMN`: any series of DfE tidy CSV files.
public enum StatsCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "stats",
        abstract: "Reads DfE tidy CSV files (Explore Education Statistics): `cps stats query FILE... --where COLUMN=VALUE --value COLUMN`.",
        discussion: "Rows whose columns hold every --where value, with the --value column read as a number or as DfE's special value (c suppressed, z not applicable, x not available, k rounds to zero, and the older ~ and :). JSON gives timePeriod, geographicLevel, dfeCode, onsCode, name, regionName, value (a number or null) and symbol (the special value or null).",
        arguments: [ArgumentSpec("subcommand", help: "query"), ArgumentSpec("file", help: "DfE tidy CSV files.", optional: true, variadic: true)],
        options: [
            .value("where", "column=value", help: "Keep rows whose column holds this value; repeatable (values of one column are alternatives).", repeatable: true),
            .value("value", "column", help: "The value column to read, such as children_percent."),
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
        var filters: [(column: String, values: [String])] = []
        for condition in arguments.values("where") {
            guard let equals = condition.firstIndex(of: "="), equals != condition.startIndex else {
                throw .usage("--where takes COLUMN=VALUE, not \"\(condition)\".", command: spec.name)
            }
            let column = String(condition[..<equals]), wanted = String(condition[condition.index(after: equals)...])
            if let existing = filters.firstIndex(where: { $0.column == column }) {
                filters[existing].values.append(wanted)
            } else {
                filters.append((column, [wanted]))
            }
        }
        var rows: [DfEObservation] = []
        for file in files {
            rows += try DfETable(path: file).query(where: filters, value: value)
        }
        try context.emit(StatsQueryView(rows: rows), arguments, spec)
        return ExitCode.success
    }
}
