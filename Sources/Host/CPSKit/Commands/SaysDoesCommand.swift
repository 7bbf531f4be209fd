import CPSEngine

/// `cps says-does [<id>...]`: each council's figures worse than England's or its neighbours', and what in its
/// strategy addresses each.
public enum SaysDoesCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "says-does",
        abstract: "Lists each council's published DfE figures that are worse than England's or its statistical neighbours' mean, each with the metric, target or action in its strategy that addresses it, or says that nothing does; and sets the standard measures the strategy monitors beside their figures.",
        arguments: [ArgumentSpec("id", help: "The councils (default: every authority loaded; one with no figures is said to have none).", optional: true, variadic: true)],
        options: BenchmarkCommand.statisticsOptions + CommonOptions.selection + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["says-does", "says-does middlesbrough --format markdown"]
    )

    /// Prints the figures and what addresses them.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let benchmark = try BenchmarkCommand.benchmark(arguments, context: context)
        let profiles = try context.selectedProfiles(arguments, ids: arguments.positionals)
        let year = arguments.value("year")
        // Every council's rows at once, so each measure's series is indexed (and its figures checked) once. A council
        // with no code has no rows, and says so.
        let subjects = profiles.filter { $0.pack.codes.dfe != nil || $0.pack.codes.ons != nil }.map(BenchmarkSubject.init)
        let rows = benchmark.rows(measures: benchmark.measuresWithData, subjects: subjects, year: year)
        let rowsByAuthority = Dictionary(grouping: rows, by: { $0.authority ?? "" })
        let councils = profiles.map { SaysAndDoes($0, rows: rowsByAuthority[$0.pack.id] ?? [], framework: context.framework, year: year) }
        try context.emit(SaysAndDoesView(councils: councils, framework: context.framework), arguments, spec)
        return ExitCode.success
    }
}
