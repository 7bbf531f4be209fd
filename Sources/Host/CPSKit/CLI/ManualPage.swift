import CPSEngine
/// The manual page `cps manual` prints (roff, for `man -l -`), made from the commands' specs like `--help`.
enum ManualPage {
    /// The page: NAME, SYNOPSIS, DESCRIPTION, COMMANDS (each with its arguments and options), OPTIONS,
    /// EXIT STATUS, ENVIRONMENT and SEE ALSO. It carries no date, so the same specs always give the same bytes.
    static func roff(commands specs: [CommandSpec]) -> String {
        var page = """
        .TH CPS 1 "" "cps \(CPS.version)" "User Commands"
        .SH NAME
        cps \\- read, compare and benchmark English councils' corporate parenting strategies
        .SH SYNOPSIS
        .B cps
        .I command
        .RI [ arguments ]
        .RI [ options ]
        .br
        .B cps
        .B help
        .RI [ command ]
        .br
        .B cps
        .B \\-\\-version
        .SH DESCRIPTION
        \(escape(description))
        .PP
        \(escape("`cps COMMAND --help` (or `cps help COMMAND`) shows one command's help, made from the same specifications as this page, the shell completions (`cps completions SHELL`) and the command table in the README."))
        .SH COMMANDS

        """
        for spec in specs { page += command(spec) }
        page += """
        .SH OPTIONS
        .TP
        .BR \\-h ", " \\-\\-help
        Show help; with a command, that command's help.
        .TP
        .B \\-\\-version
        Show the version and the pack schema version.
        .SH "EXIT STATUS"

        """
        for (status, meaning) in ExitCode.meanings {
            page += ".TP\n.B \(status)\n\(escape(meaning))\n"
        }
        page += ".SH ENVIRONMENT\n"
        for variable in EnvironmentVariable.all {
            page += ".TP\n.B \(escape(variable.name))\n\(escape(variable.meaning))\n"
        }
        page += ".SH \"SEE ALSO\"\n" + escape("`cps completions bash|zsh|fish`; the README and docs/json-output.md in the source.") + "\n"
        return page
    }

    static let description = "cps puts each council's Corporate Parenting Strategy on one shared outcome framework (the seven corporate parenting principles, outcome domains and standard measures), so that strategies can be read, compared and benchmarked against DfE statistics. Five councils are built in; more are loaded from JSON packs or plugins."

    private static func command(_ spec: CommandSpec) -> String {
        var text = ".SS \"" + escape(synopsis(spec), inQuotes: true) + "\"\n" + escape(spec.abstract) + "\n"
        if let discussion = spec.discussion { text += ".PP\n" + escape(discussion) + "\n" }
        for argument in spec.arguments {
            text += ".TP\n.I \(escape(argument.synopsis))\n\(escape(argument.help))\n"
        }
        for option in spec.allOptions {
            let short = option.short.map { "\\-\($0), " } ?? ""
            let value = option.valueName.map { " \\fI<\(escape($0))>\\fR" } ?? ""
            text += ".TP\n\\fB\(short)\\-\\-\(escape(option.name))\\fR\(value)\n\(escape(option.help))\n"
        }
        if !spec.examples.isEmpty {
            text += ".PP\nExamples:\n.RS\n.nf\n" + spec.examples.map { escape("cps " + $0, code: true) + "\n" }.joined() + ".fi\n.RE\n"
        }
        return text
    }

    /// `cps show <id> [options]`.
    static func synopsis(_ spec: CommandSpec) -> String {
        (["cps", spec.name] + spec.arguments.map(\.synopsis) + (spec.options.isEmpty ? [] : ["[options]"])).joined(separator: " ")
    }
}
