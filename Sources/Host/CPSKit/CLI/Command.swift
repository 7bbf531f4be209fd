import CPSEngine
/// A `cps` command: a spec that is its grammar and its help, and a function that runs it.
///
/// ```swift
/// enum PrinciplesCommand: Command {
///     static let spec = CommandSpec(name: "principles", abstract: "Lists the seven corporate parenting principles.",
///                                   formats: [.text, .markdown, .csv, .json])
///
///     static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
///         try context.emit(PrinciplesView(principles: context.framework.principles), arguments, spec)
///         return ExitCode.success
///     }
/// }
/// ```
public protocol Command {
    /// The command's name, arguments, options, formats and help.
    static var spec: CommandSpec { get }

    /// Runs the command; errors become one line on standard error and an exit status.
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32
}
