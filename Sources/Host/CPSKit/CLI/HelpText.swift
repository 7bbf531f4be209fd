import CPSEngine
/// The text of `cps --help` and `cps <command> --help`, made from the commands' specs.
enum HelpText {
    static func general(_ commands: [any Command.Type]) -> String {
        let width = (commands.map { $0.spec.name.count }.max() ?? 0) + 2
        var text = """
        cps \(CPS.version): read, compare and benchmark English councils' corporate parenting strategies.

        USAGE: cps <command> [<arguments>] [--format <format>]

        COMMANDS:

        """
        for command in commands {
            text += "  " + TextWrapping.pad(command.spec.name, to: width) + command.spec.abstract + "\n"
        }
        text += """

        OPTIONS:
          -h, --help      Show help; `cps <command> --help` shows a command's help.
          --version       Show the version.
          -q, --quiet     Say nothing on standard error but errors.
          --no-color      Never colour the output (also NO_COLOR; colour is used only on a terminal).

        These common options may come before the command or after it, on every command where they mean something:
          \(CommonOptions.leading.map { "--" + $0.name }.joined(separator: ", ")).
        Council ids may be given in any case, by DfE or ONS code, or by a beginning no other id shares ("lanc").

        Every command that lists authorities reads the built-in councils.

        """
        return text
    }

    static func command(_ spec: CommandSpec) -> String {
        var usage = "cps \(spec.name)"
        for argument in spec.arguments { usage += " " + argument.synopsis }
        for option in spec.options {
            usage += option.takesValue ? " [--\(option.name) <\(option.valueName!)>]" : " [--\(option.name)]"
        }
        var text = "USAGE: \(usage)\n\n\(spec.abstract)\n"
        if let discussion = spec.discussion {
            text += "\n" + TextWrapping.wrap(discussion, width: 100).joined(separator: "\n") + "\n"
        }
        let rows = spec.arguments.map { ("<\($0.name)>", $0.help) } + spec.allOptions.map { ($0.synopsis, $0.help) }
        let width = min((rows.map { $0.0.count }.max() ?? 0) + 2, 32)
        if !spec.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in spec.arguments { text += line("<\(argument.name)>", argument.help, width) }
        }
        text += "\nOPTIONS:\n"
        for option in spec.allOptions { text += line(option.synopsis, option.help, width) }
        if !spec.examples.isEmpty {
            text += "\nEXAMPLES:\n" + spec.examples.map { "  cps \($0)\n" }.joined()
        }
        return text
    }

    private static func line(_ name: String, _ help: String, _ width: Int) -> String {
        let helpLines = TextWrapping.wrap(help, width: 96 - width)
        var text = "  " + TextWrapping.pad(name, to: width)
        if name.count >= width { text += "\n  " + String(repeating: " ", count: width) }
        text += helpLines.joined(separator: "\n  " + String(repeating: " ", count: width)) + "\n"
        return text
    }
}
