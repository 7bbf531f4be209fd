import CPSEngine
/// A shell `cps completions` writes a completion script for.
public enum Shell: String, CaseIterable, Sendable {
    /// GNU Bash, through `complete -F`.
    case bash
    /// The Z shell, through `compdef` and `_arguments`.
    case zsh
    /// The friendly interactive shell, through `complete -c`.
    case fish
}
