import CPSEngine
/// `cps completions SHELL`: prints a shell completion script made from the commands' specs.
public enum CompletionsCommand: Command {
    /// The command's grammar and help.
    public static let spec = CommandSpec(
        name: "completions",
        abstract: "Prints a completion script for bash, zsh or fish, made from the same specifications as `--help`.",
        discussion: "Bash: `source <(cps completions bash)` in ~/.bashrc. Zsh: save the script as _cps in a folder on $fpath. Fish: save it as ~/.config/fish/completions/cps.fish. Council ids are completed by running `cps list --format csv`.",
        arguments: [ArgumentSpec("shell", help: "bash, zsh or fish.")],
        examples: ["completions bash", "completions fish > ~/.config/fish/completions/cps.fish"]
    )

    /// Prints the script.
    public static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CPSError) -> Int32 {
        let name = arguments.positionals[0]
        guard let shell = Shell(rawValue: name.lowercased()) else {
            let names = Shell.allCases.map(\.rawValue).joined(separator: ", ")
            throw .usage("There are no completions for the shell \"\(name)\"; choose \(names).", command: spec.name)
        }
        context.console.write(CompletionScript.script(for: shell, commands: CPS.commands.map { $0.spec }))
        return ExitCode.success
    }
}
