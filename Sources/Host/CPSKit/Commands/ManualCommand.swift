import CPSEngine
/// `cps manual`: prints the manual page (roff), or with `--markdown` the README's table of commands, both made from
/// the commands' specs like `--help`.
public enum ManualCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "manual",
        abstract: "Prints the manual page (roff, for `man -l -`), made from the same specifications as `--help`.",
        discussion: "Read it with `cps manual | man -l -`, or install it with `cps manual > /usr/local/share/man/man1/cps.1`. With --markdown it prints the table of commands the README carries.",
        options: [.flag("markdown", help: "Print the README's table of commands, in Markdown, instead.")],
        examples: ["manual | man -l -", "manual --markdown"]
    )

    /// Prints the page or the table.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let specs = CPS.commands.map { $0.spec }
        context.console.write(arguments.has("markdown") ? CommandTable.markdown(commands: specs) : ManualPage.roff(commands: specs))
        return ExitCode.success
    }
}
