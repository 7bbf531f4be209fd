import CPSEngine
/// `cps says-does [<id>...]`: what strategies commit to beside what councils publish.
public enum SaysDoesCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "says-does",
        abstract: "Sets each strategy's standard measures beside the council's published DfE figures, and names the domains where figures are worse than England's but the strategy is silent.",
        arguments: [ArgumentSpec("id", help: "The councils (default: every authority with a DfE code).", optional: true, variadic: true)],
        options: BenchmarkCommand.statisticsOptions + CommonOptions.selection + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["says-does", "says-does middlesbrough --format markdown"]
    )

    /// Prints the comparison.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let benchmark = try BenchmarkCommand.benchmark(arguments, context: context)
        let profiles = try context.selectedProfiles(arguments, ids: arguments.positionals)
            .filter { $0.pack.codes.dfe != nil || $0.pack.codes.ons != nil }
        // Every council's rows at once, so each measure's series is indexed (and its figures checked) once.
        let rows = benchmark.rows(measures: benchmark.measuresWithData, subjects: profiles.map(BenchmarkSubject.init), year: arguments.value("year"))
        let rowsByAuthority = Dictionary(grouping: rows, by: { $0.authority ?? "" })
        let councils = profiles.map { SaysAndDoes($0, rows: rowsByAuthority[$0.pack.id] ?? [], framework: context.framework) }
        try context.emit(SaysAndDoesView(councils: councils, framework: context.framework), arguments, spec)
        return ExitCode.success
    }
}
