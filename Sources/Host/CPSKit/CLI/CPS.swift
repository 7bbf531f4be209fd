import CorporateParenting
import CPSEngine

/// The `cps` command line: finds the command, parses its arguments, runs it, and turns errors into one line on
/// standard error and an exit status. `main.swift` is a thin call to ``run(_:context:)``.
public enum CPS {
    /// The version `cps --version` prints.
    public static let version = "0.2.0"

    /// Every command, in the order `cps --help` lists them.
    public static var commands: [any Command.Type] {
        [
        ListCommand.self,
        ShowCommand.self,
        ExportCommand.self,
        ImportCommand.self,
        CoverageCommand.self,
        CompareCommand.self,
        GapsCommand.self,
        SimilarityCommand.self,
        FindCommand.self,
        ReportCommand.self,
        BenchmarkCommand.self,
        RegionCommand.self,
        SaysDoesCommand.self,
        StatsCommand.self,
        ValidateCommand.self,
        MigrateCommand.self,
        SchemaCommand.self,
        InitCommand.self,
        DraftCommand.self,
        RenderCommand.self,
        PrinciplesCommand.self,
        DomainsCommand.self,
        MeasuresCommand.self,
        CompletionsCommand.self,
        ManualCommand.self,
        ]
    }

    /// Runs a command line (without the program name) and returns the exit status. When standard output could
    /// not take the whole output, that is the error, whatever the command returned: the result is lost.
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        let status = dispatch(arguments, context: context)
        guard let failure = context.console.finishOutput() else { return status }
        return fail(.writeFailed(path: nil, reason: failure), context)
    }

    /// Finds the command, parses its arguments and runs it.
    static func dispatch(_ given: [String], context: CommandContext) -> Int32 {
        let arguments: [String]
        do throws(CPSError) {
            arguments = try LeadingOptions.reorder(given)
        } catch {
            return fail(error, context)
        }
        guard let first = arguments.first else {
            context.console.write(HelpText.general(commands))
            return ExitCode.success
        }
        switch first {
        case "--help", "-h", "help":
            if first == "help", arguments.count > 1, let command = command(named: arguments[1]) {
                context.console.write(HelpText.command(command.spec))
            } else {
                context.console.write(HelpText.general(commands))
            }
            return ExitCode.success
        case "--version", "-V", "version":
            context.console.write("cps \(version) (pack schema \(AuthorityPack.currentSchemaVersion))\n")
            return ExitCode.success
        default:
            break
        }
        if first.hasPrefix("-") {
            let common = CommonOptions.leading.map { "--\($0.name)" }.joined(separator: ", ")
            return fail(.usage("\(first) is not an option that can come before the command; only the common ones can (\(common)), and the rest follow the command's name.", command: nil), context)
        }
        guard let command = command(named: first) else {
            let near = Suggestions.nearest(to: first, among: commands.map { $0.spec.name })
            let hint = near.isEmpty ? "" : " Did you mean \(near.map { "`cps \($0)`" }.joined(separator: " or "))?"
            return fail(.usage("There is no command \"\(first)\".\(hint)", command: nil), context)
        }
        do throws(CPSError) {
            let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: command.spec)
            context.console.configure(quiet: parsed.has("quiet"), colour: Self.wantsColour(parsed, command.spec, context))
            if parsed.has("help") {
                context.console.write(HelpText.command(command.spec))
                return ExitCode.success
            }
            var context = context
            context.includesDrafts = parsed.has("include-drafts")
            return try command.run(parsed, context: context)
        } catch .usage(let message, nil) {
            return fail(.usage(message, command: command.spec.name), context)  // point at the command's own help
        } catch {
            return fail(error, context)
        }
    }

    /// Parses a command line without running it: the command's name and its arguments, or the usage error.
    public static func parse(_ given: [String]) -> Result<(command: String, arguments: ParsedArguments), CPSError> {
        let arguments: [String]
        do throws(CPSError) {
            arguments = try LeadingOptions.reorder(given)
        } catch {
            return .failure(error)
        }
        guard let first = arguments.first, let command = command(named: first) else {
            return .failure(.usage("There is no command \"\(arguments.first ?? "")\".", command: nil))
        }
        do throws(CPSError) {
            return .success((command.spec.name, try ArgumentParser.parse(Array(arguments.dropFirst()), for: command.spec)))
        } catch {
            return .failure(error)
        }
    }

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == name } ?? commands.first { $0.spec.name == name.lowercased() }
    }

    /// Whether output may be coloured: text output to a terminal, without `--no-color` or `NO_COLOR`.
    static func wantsColour(_ parsed: ParsedArguments, _ spec: CommandSpec, _ context: CommandContext) -> Bool {
        context.console.isTerminal && !parsed.has("no-color") && (context.environment["NO_COLOR"] ?? "").isEmpty
            && !parsed.has("output") && context.format(parsed, spec) == .text && !spec.formats.isEmpty
    }

    static func fail(_ error: CPSError, _ context: CommandContext) -> Int32 {
        for message in error.messages { context.console.report("cps: \(message)") }
        return error.exitCode
    }
}
