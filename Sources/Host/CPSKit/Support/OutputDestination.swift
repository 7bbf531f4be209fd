import CPSEngine
/// Where a command's output goes: standard output, or the file `--output` names, written safely.
struct OutputDestination {
    var path: String?
    var force: Bool

    /// The destination `--output` and `--force` give; an empty `--output` is a usage error of `command`.
    init(_ arguments: ParsedArguments, command: String) throws(CPSError) {
        path = arguments.value("output")
        force = arguments.has("force")
        if path?.isEmpty == true {
            throw .usage("The --output path is empty; give the name of the file to write.", command: command)
        }
    }

    init(path: String, force: Bool) {
        self.path = path
        self.force = force
    }

    /// Writes the text to standard output, or atomically to the file (never replacing one without `--force`);
    /// "Wrote PATH." is said only once the file is complete and in place.
    func write(_ text: String, console: Console) throws(CPSError) {
        guard let path else {
            console.write(text)
            return
        }
        try FileSystem.writeAtomically(Array(text.utf8), to: path, replacing: force)
        console.notice("Wrote \(path).")
    }
}
