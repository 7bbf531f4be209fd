import CPSEngine
/// The shell completion scripts `cps completions SHELL` prints, generated from the commands' specs so that every
/// command, option and format the parser knows is offered, and nothing else.
///
/// Council ids are completed by running `cps list --format csv` when the shell asks, so packs loaded through
/// `CPS_AUTHORITY_PATH` are offered too.
enum CompletionScript {
    /// The script for `shell`, covering `specs`.
    static func script(for shell: Shell, commands specs: [CommandSpec]) -> String {
        switch shell {
        case .bash: bash(specs)
        case .zsh: zsh(specs)
        case .fish: fish(specs)
        }
    }

    /// What a value or a positional argument is completed with.
    enum Completion: Equatable {
        /// Nothing in particular (free text).
        case none
        /// File and folder names.
        case files
        /// The id of one of the councils `cps list` knows.
        case authority
        /// Ids of councils `cps list` knows, separated by commas.
        case authorities
        /// A fixed set of words.
        case words([String])
    }

    /// How an option's value is completed.
    static func completion(for option: OptionSpec, in spec: CommandSpec) -> Completion {
        if option.name == "format" { return .words(spec.formats.map(\.rawValue)) }
        if option.name == "authorities" { return .authorities }
        if option.name == "from" { return .authority }
        if option.valueName == "id" { return .none }
        return completion(forPlaceholder: option.valueName ?? "")
    }

    /// How a positional argument is completed.
    static func completion(for argument: ArgumentSpec, in spec: CommandSpec) -> Completion {
        if spec.name == "completions" { return .words(Shell.allCases.map(\.rawValue)) }
        if argument.name == "subcommand", spec.name == "stats" { return .words(["query"]) }
        return completion(forPlaceholder: argument.name)
    }

    private static func completion(forPlaceholder name: String) -> Completion {
        switch name {
        case "id": .authority
        case "ids": .authorities
        case "file", "path", "library", "folder", "directory": .files
        default: .none
        }
    }

    /// The first sentence of a help text, for shells that show a short description beside each choice.
    static func summary(_ help: String) -> String {
        let text = help.replacing("`", with: "")
        if let end = text.firstRange(of: ". ") { return String(text[..<end.lowerBound]) }
        return text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    /// The options a command takes, `--help` included, in the order its help lists them.
    static func options(_ spec: CommandSpec) -> [OptionSpec] { spec.allOptions }
}
