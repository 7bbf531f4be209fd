import CPSEngine
/// `cps principles`: the seven corporate parenting principles.
public enum PrinciplesCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "principles",
        abstract: "Lists the seven corporate parenting principles with their statutory wording.",
        formats: [.text, .markdown, .csv, .json],
        examples: ["principles"]
    )

    /// Prints the principles.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        try context.emit(PrinciplesView(principles: context.framework.principles), arguments, spec)
        return ExitCode.success
    }
}

/// `cps domains`: the framework's outcome domains.
public enum DomainsCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "domains",
        abstract: "Lists the outcome domains and the principles each serves.",
        formats: [.text, .markdown, .csv, .json],
        examples: ["domains"]
    )

    /// Prints the domains.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        try context.emit(DomainsView(domains: context.framework.domains), arguments, spec)
        return ExitCode.success
    }
}

/// `cps measures`: the catalogue of standard measures.
public enum MeasuresCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "measures",
        abstract: "Lists the standard measures, their polarity and where DfE publishes them.",
        formats: [.text, .markdown, .csv, .json],
        examples: ["measures", "measures --format json"]
    )

    /// Prints the catalogue.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        try context.emit(MeasuresView(measures: context.framework.measures), arguments, spec)
        return ExitCode.success
    }
}
