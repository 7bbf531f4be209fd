import CorporateParenting

/// What `cps validate` found in each file.
public struct ValidationReport: Codable, Sendable {
    /// One file's result.
    public struct FileResult: Codable, Sendable {
        /// The file's path.
        public var path: String
        /// `clean`, `warnings`, `errors`, `undecodable` or `unreadable`.
        public var status: String
        /// The ids of the packs it holds.
        public var packs: [String]
        /// The rules' findings.
        public var findings: [Finding]
        /// Why it could not be read or decoded, when it could not.
        public var error: String?
    }

    /// The files in the order they were given (folders' files by name).
    public var files: [FileResult]

    /// The exit status: 66 when a path cannot be read, else 65 when a file cannot be decoded, else 1 when an
    /// error-level finding exists, else 0.
    public var exitCode: Int32 {
        if files.contains(where: { $0.status == "unreadable" }) { return ExitCode.noInput }
        if files.contains(where: { $0.status == "undecodable" }) { return ExitCode.dataError }
        if files.contains(where: { $0.status == "errors" }) { return ExitCode.failure }
        return ExitCode.success
    }

    /// Checks every file at the paths; nothing is ever written.
    public init(paths: [String], maximumBytes: Int, framework: OutcomeFramework) {
        var files: [FileResult] = []
        for path in paths {
            let found: [String]
            do {
                found = try PackLoader.files(at: path)
            } catch {
                files.append(FileResult(path: path, status: "unreadable", packs: [], findings: [], error: error.detail))
                continue
            }
            if found.isEmpty {
                files.append(FileResult(path: path, status: "unreadable", packs: [], findings: [], error: "the folder holds no .json files."))
            }
            for file in found {
                do {
                    let packFile = try PackFile(path: file, maximumBytes: maximumBytes, framework: framework)
                    let status = packFile.errors.isEmpty ? (packFile.findings.isEmpty ? "clean" : "warnings") : "errors"
                    files.append(FileResult(path: file, status: status, packs: packFile.packs.map(\.pack.id), findings: packFile.findings, error: nil))
                } catch {
                    let status = error.exitCode == ExitCode.noInput ? "unreadable" : "undecodable"
                    files.append(FileResult(path: file, status: status, packs: [], findings: [], error: error.detail))
                }
            }
        }
        self.files = files
    }
}
