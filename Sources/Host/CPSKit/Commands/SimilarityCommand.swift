import CPSEngine
/// `cps similarity [<id> [<other>]]`: how alike strategies are.
public enum SimilarityCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "similarity",
        abstract: "Shows how alike strategies are in what they say and how they are tagged, pair by pair, one council's nearest, or two side by side.",
        discussion: SimilarityView.textMethod + " " + SimilarityView.tagMethod + " With two ids: both scores and the commitments the two share most closely.",
        arguments: [
            ArgumentSpec("id", help: "Show this authority's nearest strategies instead of the matrix.", optional: true),
            ArgumentSpec("other", help: "Compare the first authority with this one: both scores and the commitments they share.", optional: true),
        ],
        options: [.value("method", "method", help: "text, tags or both (default: both): similarity by text, by framework tags, or both.")]
            + CommonOptions.selection + CommonOptions.authorities,
        formats: [.text, .markdown, .csv, .json],
        examples: ["similarity", "similarity sefton", "similarity sefton lancashire", "similarity --method text --region \"North West\" --format csv"]
    )

    /// Prints the matrices, the nearest list or the pair.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let name = (arguments.value("method") ?? "both").lowercased()
        guard let method = SimilarityMethod(rawValue: name) else {
            throw .usage("--method takes text, tags or both, not \"\(name)\".", command: spec.name)
        }
        let catalog = try context.catalog(arguments)
        var focus: [String] = []
        for given in arguments.positionals { focus.append(try catalog.authority(given).id) }  // "Sefton", "lanc"
        if focus.count == 2, focus[0] == focus[1] {
            throw .usage("`cps similarity` needs two different strategies to set side by side, not \(focus[0]) twice.", command: spec.name)
        }
        var profiles = try context.selectedProfiles(arguments)
        for id in focus.reversed() where !profiles.contains(where: { $0.pack.id == id }) {
            profiles.insert(PackProfile(try catalog.authority(id).pack, framework: context.framework), at: 0)
        }
        let index = method.showsText ? TextIndex(profiles) : nil
        let tags = SimilarityMatrix(profiles)
        guard focus.count == 2 else {
            try context.emit(SimilarityView(matrix: tags, text: index.map(TextSimilarity.init), focus: focus.first, method: method), arguments, spec)
            return ExitCode.success
        }
        let rows = focus.map { id in profiles.firstIndex { $0.pack.id == id }! }
        let text = index.map(TextSimilarity.init)
        let view = SimilarityPairView(
            first: profiles[rows[0]].ref, second: profiles[rows[1]].ref,
            periods: (profiles[rows[0]].pack.document.period, profiles[rows[1]].pack.document.period),
            tags: method.showsTags ? tags.score(rows[0], rows[1]) : nil, text: text?.score(rows[0], rows[1]),
            shared: index.map { TextSimilarity.shared($0, rows[0], rows[1]) } ?? []
        )
        try context.emit(view, arguments, spec)
        return ExitCode.success
    }
}
