import CPSEngine
/// The exit statuses `cps` uses (the BSD `sysexits` values where one fits).
public enum ExitCode {
    /// Success.
    public static let success: Int32 = 0
    /// The command ran but found a problem it reports (an unknown id, an error-level finding).
    public static let failure: Int32 = 1
    /// The command line is wrong: an unknown command or option, a missing argument or value.
    public static let usage: Int32 = 64
    /// An input file exists but cannot be read as what it should be.
    public static let dataError: Int32 = 65
    /// An input path does not exist or cannot be opened.
    public static let noInput: Int32 = 66
    /// Something outside `cps` is missing (a plugin's entry point, a browser).
    public static let unavailable: Int32 = 69
    /// An output file cannot be created.
    public static let cannotCreate: Int32 = 73
    /// Writing an output failed part-way: standard output or a file could not take every byte (a full disk, a
    /// file size limit, a failing device).
    public static let ioError: Int32 = 74
}
