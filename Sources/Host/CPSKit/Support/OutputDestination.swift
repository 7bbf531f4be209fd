/// Where a command's output goes: standard output, or the file `--output` names, written safely.
struct OutputDestination {
    var path: String?
    var force: Bool

    init(_ arguments: ParsedArguments) {
        path = arguments.value("output")
        force = arguments.has("force")
    }

    init(path: String, force: Bool) {
        self.path = path
        self.force = force
    }

    /// Writes the text to standard output, or atomically to the file (never replacing one without `--force`).
    func write(_ text: String, console: Console) throws(CPSError) {
        guard let path else {
            console.write(text)
            return
        }
        try FileSystem.writeAtomically(Array(text.utf8), to: path, replacing: force)
        console.report("Wrote \(path).")
    }
}
