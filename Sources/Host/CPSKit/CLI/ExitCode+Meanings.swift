import CPSEngine
extension ExitCode {
    /// Every exit status `cps` uses with what it means, in order, for the manual page.
    static let meanings: [(status: Int32, meaning: String)] = [
        (success, "Success."),
        (failure, "The command ran but found a problem it reports, such as an unknown id or an error-level finding."),
        (usage, "The command line is wrong: an unknown command or option, or a missing argument or value."),
        (dataError, "An input file exists but cannot be read as what it should be."),
        (noInput, "An input path does not exist or cannot be opened."),
        (unavailable, "Something outside cps is missing, such as a plugin's entry point or a browser."),
        (cannotCreate, "An output file cannot be created."),
        (ioError, "Writing an output failed part-way: standard output or a file could not take every byte."),
    ]
}
