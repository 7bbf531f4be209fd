import CPSEngine
/// Everything that can stop a `cps` command, each with one clear sentence and an exit status.
public enum CPSError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The command line is wrong; `command` names the command whose help to point at.
    case usage(String, command: String?)
    /// No authority has this id.
    case unknownAuthority(String, suggestions: [String])
    /// An abbreviation matches the ids of several authorities.
    case ambiguousAuthority(String, candidates: [String])
    /// No region of the statistics has this name: `regions` are the names there are, `suggestions` the nearest.
    case unknownRegion(String, regions: [String], suggestions: [String])
    /// No authority of the statistics has this name or code (`--la`).
    case unknownStatisticsAuthority(String, suggestions: [String])
    /// A name matches several authorities of the statistics (`--la`) or of DfE's list; `candidates` are their names.
    case ambiguousStatisticsAuthority(String, candidates: [String])
    /// DfE's list of authorities has no authority with this name or code.
    case unknownDfEAuthority(String, suggestions: [String])
    /// No standard measure has this id.
    case unknownMeasure(String, suggestions: [String])
    /// Two authorities share an id.
    case duplicateAuthority(id: String, first: String, second: String)
    /// A file exists but is not what it should be; `place` names where in it, when known.
    case badInput(file: String, place: String?, reason: String)
    /// Rows of a spreadsheet being imported cannot be read: each problem names its row and column.
    case badRows(file: String, problems: [SpreadsheetProblem])
    /// A pack file is JSON but cannot be read as packs for several reasons: `problems` are each one's sentence,
    /// with its place, in file order.
    case undecodablePack(file: String, problems: [String])
    /// A pack file still holds `cps init`'s prompts or `cps draft`'s unconfirmed entries (`holds` says how many),
    /// and the command presents strategies as the councils' words.
    case unfilledPack(file: String, holds: String)
    /// A path cannot be read.
    case cannotRead(path: String, reason: String)
    /// An output cannot be written.
    case cannotWrite(path: String, reason: String)
    /// Writing an output failed part-way (a full disk, a file size limit, a failing device); `path` is nil for
    /// standard output.
    case writeFailed(path: String?, reason: String)
    /// Something `cps` needs is not available.
    case unavailable(String)
    /// No row of a statistics file holds a wanted value: `wanted` names the column and value, `among` the
    /// conditions the rows already met, `values` what the column holds there (nearest first) and `more` how many
    /// more it holds.
    case noMatch(file: String, wanted: String, among: String?, column: String, values: [String], more: Int)
    /// Anything else, already a sentence.
    case failure(String)

    /// The exit status for this error.
    public var exitCode: Int32 {
        switch self {
        case .usage, .unknownRegion: ExitCode.usage
        case .unknownAuthority, .ambiguousAuthority, .unknownStatisticsAuthority, .ambiguousStatisticsAuthority, .unknownDfEAuthority, .unknownMeasure, .noMatch, .failure: ExitCode.failure
        case .duplicateAuthority, .badInput, .badRows, .undecodablePack, .unfilledPack: ExitCode.dataError
        case .cannotRead: ExitCode.noInput
        case .cannotWrite: ExitCode.cannotCreate
        case .writeFailed: ExitCode.ioError
        case .unavailable: ExitCode.unavailable
        }
    }

    /// The sentence without the file's name, for reports that already name it.
    public var detail: String {
        switch self {
        case .badInput(_, let place, let reason):
            return (place.map { "\($0): " } ?? "") + reason.sentenceEnded()
        case .cannotRead(_, let reason), .cannotWrite(_, let reason), .writeFailed(_, let reason):
            return reason.sentenceEnded()
        case .undecodablePack(_, let problems):
            return "\(problems.count) problems stop it being read as a pack."
        default:
            return description
        }
    }

    /// One sentence saying what is wrong and, where it helps, what to do.
    public var description: String {
        switch self {
        case .usage(let message, let command):
            let help = command.map { "cps \($0) --help" } ?? "cps --help"
            return "\(message) See `\(help)`."
        case .unknownAuthority(let id, let suggestions):
            if suggestions.isEmpty, let known = try? AuthorityDirectory.builtIn.find(id) {
                return "No strategy of \(known.name) is loaded: no authority has the id \"\(id)\"; `cps benchmark --la \(known.dfeCode)` gives its DfE figures."
            }
            let hint = suggestions.isEmpty ? " See `cps list`." : " Did you mean \(suggestions.map { "`\($0)`" }.joined(separator: " or "))?"
            return "No authority has the id \"\(id)\".\(hint)"
        case .ambiguousAuthority(let id, let candidates):
            let names = candidates.map { "`\($0)`" }
            let listed = names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1] : names.joined()
            return "\"\(id)\" could mean \(listed); give more of the id."
        case .unknownRegion(let name, let regions, let suggestions):
            return EngineError.unknownRegion(name, regions: regions, suggestions: suggestions).description + " See `cps region --help`."
        case .unknownStatisticsAuthority(let name, let suggestions):
            return EngineError.unknownStatisticsAuthority(name, suggestions: suggestions).description
        case .unknownDfEAuthority(let name, let suggestions):
            return EngineError.unknownDfEAuthority(name, suggestions: suggestions).description
        case .ambiguousStatisticsAuthority(let name, let candidates):
            return EngineError.ambiguousStatisticsAuthority(name, candidates: candidates).description
        case .unknownMeasure(let id, let suggestions):
            let hint = suggestions.isEmpty ? " See `cps measures`." : " Did you mean \(suggestions.map { "`\($0)`" }.joined(separator: " or "))?"
            return "No standard measure has the id \"\(id)\".\(hint)"
        case .duplicateAuthority(let id, let first, let second):
            return "Two authorities have the id \"\(id)\": \(first) and \(second); give one of them another id."
        case .badRows:
            return messages.joined(separator: "\n")
        case .badInput(let file, let place, let reason):
            return EngineError.badInput(file: file, place: place, reason: reason).description
        case .undecodablePack(let file, let problems):
            let first = problems.first.map { String($0.prefix(1).lowercased() + $0.dropFirst()) } ?? ""
            return "\(file): \(problems.count) problems stop it being read as a pack, the first \(first.droppingFinalPeriod()); `cps validate \(file)` lists every one."
        case .unfilledPack(let file, let holds):
            return "\(file) is not yet filled in: it holds \(holds); complete them (`cps validate \(file)` lists them), or give --include-drafts to load it as it is."
        case .cannotRead(let path, let reason):
            return EngineError.cannotRead(path: path, reason: reason).description
        case .cannotWrite(let path, let reason):
            return "Cannot write \(path): \(reason.sentenceEnded())"
        case .writeFailed(let path, let reason):
            return "Could not write \(path ?? "to standard output"): \(reason.sentenceEnded())"
        case .noMatch(let file, let wanted, let among, let column, let values, let more):
            return EngineError.noMatch(file: file, wanted: wanted, among: among, column: column, values: values, more: more).description
        case .unavailable(let message), .failure(let message):
            return message.sentenceEnded()
        }
    }

    /// "a, b and c" (or "a, b or c").
    /// The error as one sentence a line: each problem of ``badRows(file:problems:)``, else ``description``.
    public var messages: [String] {
        guard case .badRows(let file, let problems) = self else { return [description] }
        return problems.map { CPSError.badInput(file: file, place: $0.place, reason: $0.reason).description }
    }
}
