import CPSEngine
/// `cps compare <id> <id>...`: strategies side by side, section by section.
public enum CompareCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "compare",
        abstract: "Compares two or more strategies side by side, section by section.",
        discussion: "Sections: what stands out, period and currency, items by domain, principles covered, pledges and promises, working groups and their chairs, the board, youth participation, metrics (in common, and those only one monitors), targets set, the councils' published DfE figures (each measure's latest year, against England's by the measure's polarity) and how alike the strategies are by what they say and by framework tags (`cps similarity A B` lists the commitments two share). \"not stated\" and \"none\" mark what a document lacks; a planned or unresolved governance fact is shown as such.",
        arguments: [ArgumentSpec("id", help: "The authorities to compare, at least two.", variadic: true)],
        options: [CommonOptions.asOf] + BenchmarkCommand.statisticsOptions + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["compare sefton lancashire", "compare sefton lancashire leicestershire --format markdown"],
        refusals: ["region": "compares the authorities its ids name", "authorities": "compares the authorities its ids name"]
    )

    /// Prints the comparison.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        guard arguments.positionals.count >= 2 else {
            throw .usage("`cps compare` needs at least two authority ids.", command: spec.name)
        }
        let catalog = try context.catalog(arguments)
        var given: [String: String] = [:]
        for name in arguments.positionals {
            let id = try catalog.authority(name).id
            if let earlier = given[id] {
                let both = earlier == name ? "\"\(name)\" twice" : "\"\(earlier)\" and \"\(name)\", both \(id)"
                throw .usage("`cps compare` was given \(both); compare two or more different authorities.", command: spec.name)
            }
            given[id] = name
        }
        let selected = try catalog.select(ids: arguments.positionals)
        let profiles = PackProfile.profiles(selected.map(\.pack), framework: context.framework)
        var comparison = Comparison(profiles, asOf: try context.asOf(arguments), framework: context.framework)
        comparison.addFigures(profiles, benchmark: try BenchmarkCommand.benchmark(arguments, context: context), year: arguments.value("year"))
        comparison.addSimilarity(profiles)
        try context.emit(ComparisonView(comparison: comparison, framework: context.framework), arguments, spec)
        return ExitCode.success
    }
}
