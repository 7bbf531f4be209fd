import CPSEngine
/// Options several commands share, and the reasons a command gives when one of them cannot apply to it.
enum CommonOptions {
    /// Options that load more authorities beside the built-in ones.
    static let authorities: [OptionSpec] = [
        .value("authority-path", "path", help: "Also load the JSON packs in this folder (or this file); repeatable. CPS_AUTHORITY_PATH adds folders separated by colons.", repeatable: true),
        .value("plugin", "library", help: "Also load the authority built into this shared library; repeatable.", repeatable: true),
        .value("max-pack-bytes", "bytes", help: "Refuse pack files larger than this (default 16777216; also CPS_MAX_PACK_BYTES)."),
        .flag("include-drafts", help: "Load packs that still hold prompts reading \"TO BE COMPLETED\" or draft entries (refused otherwise); every output then says so."),
        .flag("allow-unknown", help: "Load packs whose files hold keys a pack does not have, ignoring those keys (they are errors otherwise)."),
    ]

    /// `--authorities a,b` and `--region NAME`.
    static let selection: [OptionSpec] = [
        .value("authorities", "ids", help: "Only these authorities, by id, separated by commas (default: all)."),
        .value("region", "name", help: "Only authorities in this region, such as \"North West\"."),
    ]

    /// `--as-of DATE`.
    static let asOf: OptionSpec = .value("as-of", "date", help: "Judge periods and review dates on this date, YYYY-MM-DD (default: today).")

    /// `--output FILE` and `--force`.
    static let output: [OptionSpec] = [
        .value("output", short: "o", "file", help: "Write to this file instead of standard output; it must not exist yet unless --force is given."),
        .flag("force", help: "Replace the output file if it exists."),
    ]

    /// `--format FORMAT` for a command printing `formats`, the first being the default.
    static func format(_ formats: [OutputFormat]) -> OptionSpec {
        let names = formats.map(\.rawValue).joined(separator: ", ")
        return .value("format", "format", help: "Output format: \(names) (default: \(formats[0].rawValue)); any case.")
    }

    /// `--quiet` and `--no-color`, which every command takes.
    static let console: [OptionSpec] = [
        .flag("quiet", short: "q", help: "Say nothing on standard error but errors (no \"Wrote FILE.\")."),
        .flag("no-color", help: "Never colour the output (colour is used only on a terminal, and never when NO_COLOR is set)."),
    ]

    /// The options that may also come before the command's name (`cps --format json list`).
    static let leading: [OptionSpec] = [format([.text])] + output + selection + [asOf] + authorities + console

    /// Why a command that does not take a common option cannot use it, as the clause after its name: "`cps
    /// schema` prints one JSON schema, so it takes no --region."
    static let reasons: [String: String] = [
        "format": "prints in one format only",
        "output": "writes its own files rather than printing a result",
        "force": "writes no output file",
        "authorities": "does not choose among authorities",
        "region": "does not choose among authorities",
        "authority-path": "loads no authorities",
        "plugin": "loads no authorities",
        "max-pack-bytes": "loads no authorities",
        "allow-unknown": "loads no authorities",
        "include-drafts": "loads no authorities",
        "as-of": "judges no dates",
    ]
}
