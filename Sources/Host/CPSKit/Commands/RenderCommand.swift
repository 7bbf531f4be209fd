import CPSEngine
/// `cps render <id>`: a readable strategy document made from a pack.
public enum RenderCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "render",
        abstract: "Writes a readable strategy document from a pack: a publishable draft for a council that writes its own.",
        discussion: "The document's own headings, in its order, with its text as printed: lists of actions (a table when they carry owners and timelines), tables of monitored metrics, governance facts with any status other than in place. Mappings appear only in notes marked as the encoder's judgement or the document's words.",
        arguments: [ArgumentSpec("id", help: "The authority's id.")],
        options: CommonOptions.output + CommonOptions.authorities,
        formats: [.markdown, .html, .text],
        examples: ["render sefton", "render blackpool --authority-path packs --format html --output blackpool.html"]
    )

    /// Writes the document.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let destination = try OutputDestination(arguments, command: spec.name)
        let authority = try context.catalog(arguments).authority(arguments.positionals[0])
        let view = StrategyDocumentView(pack: authority.pack, framework: context.framework)
        try destination.write(try context.render(view, as: context.format(arguments, spec)), console: context.console)
        return ExitCode.success
    }
}
