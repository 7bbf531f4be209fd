/// Options several commands share.
enum CommonOptions {
    /// Options that load more authorities beside the built-in ones.
    static let authorities: [OptionSpec] = []

    /// `--output FILE` and `--force`.
    static let output: [OptionSpec] = [
        .value("output", short: "o", "file", help: "Write to this file instead of standard output; it must not exist yet unless --force is given."),
        .flag("force", help: "Replace the output file if it exists."),
    ]
}
