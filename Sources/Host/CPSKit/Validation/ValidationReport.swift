import CorporateParenting
import CPSEngine

/// What `cps validate` found in each file: for each rule, its first findings (``shownPerRule`` of them, 100
/// unless told otherwise) and how many it made in all, so a pack with tens of thousands of findings reports
/// them in a page and still counts every one.
public struct ValidationReport: Codable, Sendable {
    /// One file's result.
    public struct FileResult: Codable, Sendable {
        /// The file's path.
        public var path: String
        /// `clean`, `warnings`, `errors`, `undecodable` or `unreadable`.
        public var status: String
        /// The ids of the packs it holds.
        public var packs: [String]
        /// The rules' findings shown: each rule's first ``ValidationReport/shownPerRule`` in the file, in the
        /// order found.
        public var findings: [Finding]
        /// For each rule that found something, how many findings it made and how many are shown, in the order the
        /// rules first found something.
        public var counts: [RuleCount]
        /// Why it could not be read or decoded, when it could not.
        public var error: String?
        /// When several problems stop the file being decoded, each one's sentence with its place, in file order
        /// (`error` then says how many); absent otherwise.
        public var problems: [String]?
    }

    /// The files in the order they were given (folders' files by name).
    public var files: [FileResult]
    /// The most findings of one rule listed for one file; `nil` lists every one.
    public var shownPerRule: Int?

    /// How many findings of one rule a file lists unless told otherwise (`--findings-per-rule`).
    public static let defaultShownPerRule = 100

    /// The exit status: 66 when a path cannot be read, else 65 when a file cannot be decoded, else 1 when an
    /// error-level finding exists, else 0.
    public var exitCode: Int32 {
        if files.contains(where: { $0.status == "unreadable" }) { return ExitCode.noInput }
        if files.contains(where: { $0.status == "undecodable" }) { return ExitCode.dataError }
        if files.contains(where: { $0.status == "errors" }) { return ExitCode.failure }
        return ExitCode.success
    }

    /// Checks every file at the paths, listing at most `shownPerRule` findings of each rule in each file (every
    /// one when `nil`); nothing is ever written. Unknown keys are errors unless `allowsUnknownKeys`.
    public init(paths: [String], maximumBytes: Int, framework: OutcomeFramework, shownPerRule: Int? = defaultShownPerRule, allowsUnknownKeys: Bool = false) {
        var files: [FileResult] = []
        for path in paths {
            let found: [String]
            do {
                found = try PackLoader.files(at: path)
            } catch {
                files.append(FileResult(path: path, status: "unreadable", packs: [], findings: [], counts: [], error: error.detail))
                continue
            }
            if found.isEmpty {
                files.append(FileResult(path: path, status: "unreadable", packs: [], findings: [], counts: [], error: "the folder holds no .json files."))
            }
            for file in found {
                do {
                    let packFile = try PackFile(path: file, maximumBytes: maximumBytes, framework: framework, allowsUnknownKeys: allowsUnknownKeys)
                    let status = packFile.errors.isEmpty ? (packFile.findings.isEmpty ? "clean" : "warnings") : "errors"
                    let (shown, counts) = Self.capped(packFile.findings, perRule: shownPerRule)
                    files.append(FileResult(path: file, status: status, packs: packFile.packs.map(\.pack.id), findings: shown, counts: counts, error: nil))
                } catch {
                    let status = error.exitCode == ExitCode.noInput ? "unreadable" : "undecodable"
                    var result = FileResult(path: file, status: status, packs: [], findings: [], counts: [], error: error.detail)
                    if case .undecodablePack(_, let problems) = error { result.problems = problems }
                    files.append(result)
                }
            }
        }
        self.files = files
        self.shownPerRule = shownPerRule
    }

    /// Each rule's first `perRule` findings, in the order found, and every rule's count.
    static func capped(_ findings: [Finding], perRule: Int?) -> (shown: [Finding], counts: [RuleCount]) {
        var counts: [RuleCount] = []
        var slot: [String: Int] = [:]
        var shown: [Finding] = []
        for finding in findings {
            let index: Int
            if let known = slot[finding.rule] {
                index = known
            } else {
                index = counts.count
                slot[finding.rule] = index
                counts.append(RuleCount(rule: finding.rule, severity: finding.severity, total: 0, shown: 0))
            }
            counts[index].total += 1
            if perRule.map({ counts[index].shown < $0 }) ?? true {
                counts[index].shown += 1
                shown.append(finding)
            }
        }
        return (shown, counts)
    }

    /// How many findings of a severity the files hold, shown or not.
    public func total(_ severity: Severity) -> Int {
        files.reduce(0) { sum, file in sum + file.counts.filter { $0.severity == severity }.reduce(0) { $0 + $1.total } }
    }

    /// How many findings are not listed.
    public var hidden: Int {
        files.reduce(0) { sum, file in sum + file.counts.reduce(0) { $0 + $1.hidden } }
    }
}
