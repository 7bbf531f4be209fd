import CorporateParenting
import CPSEngine

/// `cps region NAME [MEASURE...]`: every authority of a region on every measure with data, ranked within the region
/// and nationally, with its strategy's status where one is loaded and its statistical neighbours.
public enum RegionCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "region",
        abstract: "Shows a region whole: every authority on every measure with data, ranked within the region and nationally, with its strategy's status where one is loaded, its statistical neighbours, and the region's and England's figures.",
        discussion: "The region is named as DfE spells it, in any case (\"north west\"); \"London\" takes the authorities DfE places in Inner and Outer London. The authorities are those the statistics place in the region with a figure or a special value other than \"not applicable\" (z) in the year, so an authority that no longer exists (Cumbria, Northamptonshire) is left out, and said to be. A loaded pack is matched to its authority by DfE or ONS code; its strategy's period is judged current on --as-of. Rank 1 is best by the measure's polarity and ties share the better rank; context measures are not ranked, and ranks need figures for at least 100 authorities in England. JSON gives the region, its authorities (strategies, neighbours) and, per measure, the region's and England's figures and one row per authority with its benchmark and its rank in the region (see docs/json-output.md).",
        arguments: [
            ArgumentSpec("region", help: "The region, as DfE names it, such as \"North West\" or \"London\"."),
            ArgumentSpec("measure", help: "Standard measures to show (default: every one with data).", optional: true, variadic: true),
        ],
        options: BenchmarkCommand.statisticsOptions + [CommonOptions.asOf] + CommonOptions.output + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["region \"North West\"", "region london placement-stability-long-term --format csv", "region \"north east\" --year 2024 --format json --output north-east.json"]
    )

    /// Prints the region.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let benchmark = try BenchmarkCommand.benchmark(arguments, context: context)
        let choice = try CPSError.engine { () throws(EngineError) in try RegionChoice.resolve(arguments.positionals[0], in: benchmark.store) }
        let measures = try BenchmarkCommand.measures(Array(arguments.positionals.dropFirst()), in: benchmark, context: context)
        let catalog = try context.catalog(arguments)
        let region = RegionBenchmark(choice, benchmark: benchmark, measures: measures, year: arguments.value("year"),
                                     packs: catalog.authorities.map(\.pack), asOf: try context.asOf(arguments))
        try context.emit(RegionView(region: region, framework: context.framework), arguments, spec)
        return ExitCode.success
    }
}
