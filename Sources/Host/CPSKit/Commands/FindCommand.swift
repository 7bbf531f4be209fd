import CPSEngine
/// `cps find TEXT`: searches every loaded strategy's commitments, pledges, item titles, aims and monitored
/// measures, ranked by BM25.
public enum FindCommand: Command {
    /// The kinds `--kind` takes, each with what it means, for the help and the error.
    static let kindHelp = "commitment (an action of any kind but a promise), pledge (a promise, or an item the document calls a pledge), item (the title of a priority, outcome, theme, objective or key action), aim, measure (a metric the strategy monitors; never a figure quoted as context)"

    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "find",
        abstract: "Searches what every loaded strategy commits to, its pledges, items, aims and measures, best match first.",
        discussion: "Each commitment, pledge, item title, aim and monitored measure is a document; the text and each document are split into words, common words (\"the\", \"to\", \"our\") dropped, and each word cut to its stem (\"placements\" and \"placement\" match), numbers kept (\"21\"; \"18-25\" is 18 and 25). Documents are ranked by BM25 over the strategies searched: rarer words weigh more, and a long document does not win by length. Documents holding the words side by side in order come first. Each hit gives its council, strategy id and period, kind, source (the headings it is printed under) and score (comparable only within one search). Kinds: \(kindHelp). docs/similarity.md explains the weighting.",
        arguments: [ArgumentSpec("text", help: "The words to find; several arguments are joined with spaces.", variadic: true)],
        options: [
            .value("kind", "kinds", help: "Only these kinds, separated by commas: commitment, pledge, item, aim or measure (default: all)."),
            .value("limit", "n", help: "Show at most this many hits (default 20)."),
        ] + CommonOptions.selection + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["find \"Staying Put\"", "find apprenticeships --kind commitment,pledge", "find \"care leavers 21\" --region \"North West\" --format csv",
                   "find health assessments --authorities sefton,lancashire --limit 5"]
    )

    /// Prints the hits.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let query = arguments.positionals.joined(separator: " ").trimmingCharacters(in: " ")
        guard !query.isEmpty else {
            throw .usage("The <text> argument is empty; give the words to find, such as `cps find \"Staying Put\"`.", command: spec.name)
        }
        guard !TextIndex.queryTerms(query).isEmpty else {
            throw .usage("The <text> argument \"\(query)\" holds only common words (such as \"the\" or \"to\"), single letters or punctuation, which `cps find` ignores; add a word that says what to find.", command: spec.name)
        }
        let filter = TextFilter(kinds: try kinds(arguments.value("kind")), limit: try limit(arguments.value("limit")))
        let profiles = try context.selectedProfiles(arguments)
        let hits = TextIndex(profiles).search(query, filter)
        try context.emit(FindView(query: query, terms: TextIndex.queryTerms(query), kinds: filter.kinds.sorted(), strategies: profiles.count, hits: hits), arguments, spec)
        return ExitCode.success
    }

    static func kinds(_ text: String?) throws(CPSError) -> Set<TextKind> {
        guard let text else { return [] }
        var kinds = Set<TextKind>()
        for name in CommandContext.splitList(text) {
            guard let kind = TextKind(rawValue: name.lowercased()) else {
                throw .usage("--kind takes commitment, pledge, item, aim or measure, separated by commas, not \"\(name)\".", command: spec.name)
            }
            kinds.insert(kind)
        }
        guard !kinds.isEmpty else { throw .usage("--kind is empty; give commitment, pledge, item, aim or measure.", command: spec.name) }
        return kinds
    }

    static func limit(_ text: String?) throws(CPSError) -> Int {
        guard let text else { return 20 }
        guard let limit = Int(text), limit > 0 else {
            throw .usage("--limit takes a whole number of hits above 0, not \"\(text)\".", command: spec.name)
        }
        return limit
    }
}
