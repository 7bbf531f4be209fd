import CPSEngine
/// `cps report --output FILE`: one self-contained HTML page comparing the strategies.
public enum ReportCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "report",
        abstract: "Writes one self-contained HTML page comparing the strategies: coverage heatmaps, side by side, gaps, similarity, DfE benchmarks, sources.",
        discussion: "The page needs no network, no external assets and no JavaScript, and prints well. Charts are inline SVG with titles and text descriptions, each followed by a table of the same figures. Without --output the page goes to standard output, or, when that is a terminal, to \(defaultFile) in the current folder (never replacing one without --force). Past 12 strategies the page turns compact, a row per strategy: coverage as bars and tables, key facts in place of the side-by-side comparison, gap counts, each strategy's three nearest in place of the similarity matrix, and benchmark tables without charts.",
        options: CommonOptions.output + CommonOptions.selection + [CommonOptions.asOf] + BenchmarkCommand.statisticsOptions + CommonOptions.authorities,
        formats: [.html, .markdown, .text, .csv, .json],
        examples: ["report --output report.html", "report --region \"North West\" --output north-west.html", "report --format markdown"]
    )

    /// The file an HTML report goes to when no --output is given and standard output is a terminal.
    static let defaultFile = "cps-report.html"

    /// Writes the report.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        var destination = try OutputDestination(arguments, command: spec.name)
        if destination.path == nil, context.console.isTerminal, context.format(arguments, spec) == .html {
            if FileSystem.kind(of: defaultFile) != .missing, !destination.force {
                throw .usage("The HTML report would go to \(defaultFile), which exists already; give --output FILE to choose another file, or --force to replace it.", command: spec.name)
            }
            destination.path = defaultFile
        }
        let catalog = try context.catalog(arguments)
        let ids = arguments.value("authorities").map(CommandContext.splitList) ?? []
        let benchmark = try BenchmarkCommand.benchmark(arguments, context: context)
        let typed = arguments.value("region")
        // With --region, the region whole from the statistics; its loaded strategies, if any, compared as before.
        let choice = try typed.flatMap { name throws(CPSError) in try regionChoice(name, benchmark: benchmark, catalog: catalog) }
        let authorities: [LoadedAuthority]
        if let choice, !catalog.authorities.contains(where: { $0.pack.region?.caseInsensitiveEquals(choice.name) == true }) {
            _ = try catalog.select(ids: ids)  // an unknown id is still an error
            authorities = []
        } else {
            authorities = try catalog.select(ids: ids, region: choice?.name ?? typed)
        }
        let asOf = try context.asOf(arguments)
        let regional = choice.map { choice in
            RegionBenchmark(choice, benchmark: benchmark, measures: benchmark.measuresWithData, year: arguments.value("year"),
                            packs: catalog.authorities.map(\.pack), asOf: asOf)
        }
        let report = Report(authorities, asOf: asOf,
                            region: choice?.name ?? AuthorityCatalog.regionName(typed, in: authorities.map(\.pack)), framework: context.framework,
                            benchmark: benchmark, year: arguments.value("year"), regional: regional)
        let text = try context.render(ReportView(report: report), as: context.format(arguments, spec))
        try destination.write(text, console: context.console)
        context.leaveToExit(authorities, report, text)  // the catalog is left already
        return ExitCode.success
    }

    /// The region `typed` names in the statistics; `nil` when only loaded packs name it (the statistics hold no
    /// figures for it); an error naming every region there is when neither does.
    static func regionChoice(_ typed: String, benchmark: Benchmark, catalog: AuthorityCatalog) throws(CPSError) -> RegionChoice? {
        do {
            return try RegionChoice.resolve(typed, in: benchmark.store)
        } catch {
            let packRegions = catalog.authorities.compactMap(\.pack.region)
            if packRegions.contains(where: { $0.caseInsensitiveEquals(typed) }) { return nil }
            let known = Array(Set(RegionChoice.names(in: benchmark.store) + packRegions)).sorted()
            throw .unknownRegion(typed, regions: known, suggestions: Suggestions.nearest(to: typed, among: known))
        }
    }
}
