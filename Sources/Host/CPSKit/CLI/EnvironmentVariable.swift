import CPSEngine
/// An environment variable `cps` reads, for the manual page.
struct EnvironmentVariable: Sendable {
    /// Its name, such as `COLUMNS`.
    var name: String
    /// What it does, in one or two sentences.
    var meaning: String

    /// Every variable `cps` reads, by name.
    static let all: [EnvironmentVariable] = [
        EnvironmentVariable(name: "COLUMNS", meaning: "The width text output fits; otherwise the terminal's width, or a default when standard output is not a terminal."),
        EnvironmentVariable(name: "CPS_AUTHORITY_PATH", meaning: "Folders of JSON packs to load beside the built-in councils, separated by colons, as --authority-path does."),
        EnvironmentVariable(name: "CPS_MAX_PACK_BYTES", meaning: "The largest pack file cps reads, in bytes (default 16777216); --max-pack-bytes overrides it."),
        EnvironmentVariable(name: "NO_COLOR", meaning: "When set to anything but the empty string, text output uses no colour (see https://no-color.org)."),
    ]
}
