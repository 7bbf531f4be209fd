/// Options several commands share.
enum CommonOptions {
    /// Options that load more authorities beside the built-in ones.
    static let authorities: [OptionSpec] = [
        .value("authority-path", "path", help: "Also load the JSON packs in this folder (or this file); repeatable. CPS_AUTHORITY_PATH adds folders separated by colons.", repeatable: true),
        .value("plugin", "library", help: "Also load the authority built into this shared library; repeatable.", repeatable: true),
        .value("max-pack-bytes", "bytes", help: "Refuse pack files larger than this (default 16777216; also CPS_MAX_PACK_BYTES)."),
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
}
