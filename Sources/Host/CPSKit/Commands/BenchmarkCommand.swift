import CorporateParenting
import CPSEngine

/// `cps benchmark [MEASURE...]`: each authority's published figures beside England, its region and its neighbours.
public enum BenchmarkCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "benchmark",
        abstract: "Benchmarks authorities on the standard measures DfE publishes: value, England, region, neighbours' mean and median, rank, quartile and trend.",
        discussion: "Works out of the box from a built-in snapshot of DfE's files (England, every region and every local authority, every year the files hold, and DfE's 2025 statistical neighbours for every authority; `cps measures` names each measure's file); --stats adds DfE's own files, which replace the snapshot measure by measure, and --neighbours another neighbour model. Rank 1 is best by the measure's polarity, ties share the better rank, quartile A is the best quarter; ranks need figures for at least 100 authorities. JSON gives one row per measure and authority: measure, authority, dfeCode, onsCode, name, year, value, england, region, neighboursMean, neighboursMedian, rank, of, quartile, trend, and quality: the figures to check with the council (a percentage at 0 or 100 far from its neighbours', or a change far beyond England's), each with its rule, year and a sentence ending \"check the return\"; text and Markdown mark such a figure and say why after its table.",
        arguments: [ArgumentSpec("measure", help: "Standard measures to benchmark (default: every one with data).", optional: true, variadic: true)],
        options: statisticsOptions + [
            .value("la", "name", help: "Benchmark this authority from the statistics, by DfE code (890), ONS code (E06000009) or name (Blackpool, any case, or a unique beginning); repeatable. Alone it benchmarks only the authorities named; with --authorities or --region, those as well.", repeatable: true),
        ] + CommonOptions.selection + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["benchmark", "benchmark placement-stability-long-term --authorities sefton", "benchmark --la Blackpool", "benchmark --stats la_cla_placement_stability.csv --la 340 --format csv"]
    )

    /// Prints the rows.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let (benchmark, subjects, measures) = try prepare(arguments, context: context)
        let rows = benchmark.rows(measures: measures, subjects: subjects, year: arguments.value("year"))
        let view = BenchmarkView(rows: rows, framework: context.framework, sources: benchmark.store.sources, neighbourModel: benchmark.neighbours.model)
        try context.emit(view, arguments, spec)
        return ExitCode.success
    }

    /// The statistics options `benchmark`, `says-does` and `report` share.
    static let statisticsOptions: [OptionSpec] = [
        .value("stats", "file", help: "A DfE tidy CSV file to read; repeatable.", repeatable: true),
        .flag("no-snapshot", help: "Use only the --stats files, not the built-in snapshot."),
        .value("year", "YYYY", help: "The year to benchmark (default: each measure's latest year with figures)."),
        .value("neighbours", "file", help: "DfE's statistical neighbour model (the 2025 or 2021 layout; default: the built-in 2025 lists)."),
    ]

    /// The benchmark the statistics options describe.
    static func benchmark(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Benchmark {
        let store = try CPSError.engine { () throws(EngineError) in try StatisticsStore.load(files: arguments.values("stats"), includeSnapshot: !arguments.has("no-snapshot"), framework: context.framework) }
        let neighbours = try arguments.value("neighbours").map { path throws(CPSError) in try CPSError.engine { () throws(EngineError) in try StatisticalNeighbours(path: path) } } ?? StatisticsSnapshot.neighbours()
        let benchmark = Benchmark(store: store, neighbours: neighbours, framework: context.framework)
        try CPSError.engine { () throws(EngineError) in try benchmark.check(year: arguments.value("year")) }
        return benchmark
    }

    /// The benchmark, the authorities and the measures the arguments choose. `--la` alone benchmarks only the
    /// authorities it names; with `--authorities` or `--region`, those as well.
    static func prepare(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> (Benchmark, [BenchmarkSubject], [StandardMeasure]) {
        let benchmark = try benchmark(arguments, context: context)
        let measures = try measures(arguments.positionals, in: benchmark, context: context)
        let named = arguments.values("la")
        let selecting = arguments.has("authorities") || arguments.has("region")
        var subjects = named.isEmpty || selecting ? try context.selectedProfiles(arguments).map(BenchmarkSubject.init) : []
        for name in named {
            let subject = try CPSError.engine { () throws(EngineError) in try benchmark.subject(named: name) }
            if !subjects.contains(where: { $0.dfeCode != nil ? $0.dfeCode == subject.dfeCode : $0.onsCode == subject.onsCode }) { subjects.append(subject) }
        }
        return (benchmark, subjects, measures)
    }

    /// The standard measures `ids` name (every one with data when empty); an error for an unknown id or one the
    /// statistics hold no figures for.
    static func measures(_ ids: [String], in benchmark: Benchmark, context: CommandContext) throws(CPSError) -> [StandardMeasure] {
        let withData = benchmark.measuresWithData
        guard !ids.isEmpty else { return withData }
        var measures: [StandardMeasure] = []
        for id in ids {
            guard let measure = context.framework.measure(StandardMeasureID(rawValue: id.lowercased())) else {
                throw .unknownMeasure(id, suggestions: Suggestions.nearest(to: id, among: context.framework.measures.map(\.id.rawValue)))
            }
            guard withData.contains(where: { $0.id == measure.id }) else {
                throw .failure("There are no DfE figures for \(id) in the snapshot or the --stats files" + (measure.dfe.map { "; DfE publishes it in \($0.file)" } ?? "; DfE does not publish it by authority"))
            }
            if !measures.contains(where: { $0.id == measure.id }) { measures.append(measure) }
        }
        return measures
    }
}
