/// What goes wrong in the engine: reading statistics and neighbour files, and finding an authority, a region or a
/// year in them. Each case's description is one full sentence naming the file or the name given; the engine says
/// nothing of commands, options or exit statuses (the command line maps each case to its own).
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file's content is not what it should be, at a place in it ("line 12") when known.
    case badInput(file: String, place: String?, reason: String)
    /// A statistics file holds none of the standard measures' DfE series.
    case noMeasureSeries(file: String)
    /// A file or folder cannot be read (missing, a folder, a device, no permission...).
    case cannotRead(path: String, reason: String)
    /// No region of the statistics has the name given.
    case unknownRegion(String, regions: [String], suggestions: [String])
    /// No authority in the statistics has the name or code given.
    case unknownStatisticsAuthority(String, suggestions: [String])
    /// The name given matches several authorities in the statistics.
    case ambiguousStatisticsAuthority(String, candidates: [String])
    /// DfE's list of authorities has none with the name or code given.
    case unknownDfEAuthority(String, suggestions: [String])
    /// A year not written YYYY, with an example the statistics hold.
    case badYear(String, example: String)
    /// The statistics hold no figures for the year given; the years they hold.
    case noFiguresForYear(String, years: [String])
    /// A query's condition leaves no row of a file: which condition, among which earlier ones, and the values the
    /// column holds there (nearest first; `more` not listed).
    case noMatch(file: String, wanted: String, among: String?, column: String, values: [String], more: Int)

    /// One sentence.
    public var description: String {
        switch self {
        case .badInput(let file, let place, let reason):
            return "\(file)\(place.map { " \($0)" } ?? ""): \(reason.sentenceEnded())"
        case .noMeasureSeries(let file):
            return "\(file): it holds none of the standard measures' DfE series."
        case .cannotRead(let path, let reason):
            return "Cannot read \(path): \(reason.sentenceEnded())"
        case .unknownRegion(let name, let regions, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(Self.listed(suggestions.map { "\"\($0)\"" }, or: true))?)"
            let known = regions.isEmpty ? "the statistics name no region" : "the regions are \(Self.listed(regions.map { "\"\($0)\"" }, or: false))"
            return "No region of the statistics is called \"\(name)\"\(hint); \(known)."
        case .unknownStatisticsAuthority(let name, let suggestions):
            let hint = suggestions.isEmpty ? "give a DfE code such as 343, an ONS code such as E08000014 or a name such as Sefton" : "did you mean \(Self.listed(suggestions.map { "\"\($0)\"" }, or: true))?"
            return "No authority in the statistics has the name or code \"\(name)\"; \(hint)".sentenceEnded()
        case .ambiguousStatisticsAuthority(let name, let candidates):
            return "\"\(name)\" could mean \(Self.listed(candidates.map { "\"\($0)\"" }, or: true)); give more of the name, or a DfE or ONS code."
        case .unknownDfEAuthority(let name, let suggestions):
            let hint = suggestions.isEmpty ? "give a DfE code such as 890, an ONS code such as E06000009 or a name such as Blackpool" : "did you mean \(Self.listed(suggestions.map { "\"\($0)\"" }, or: true))?"
            return "DfE's list of authorities has none with the name or code \"\(name)\"; \(hint)".sentenceEnded()
        case .badYear(let year, let example):
            return "The year \"\(year)\" is not a year written YYYY, such as \(example)."
        case .noFiguresForYear(let year, let years):
            let listed = years.isEmpty ? "none" : Self.listed(years, or: false)
            return "The statistics hold no figures for \(year); the years there are \(listed)."
        case .noMatch(let file, let wanted, let among, let column, let values, let more):
            let listed = values.map { "\"\($0)\"" }.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
            let holds = values.isEmpty ? "\(column) is empty there" : "\(column) there holds \(listed)"
            return "\(file): no row\(among.map { " with \($0)" } ?? "") has \(wanted); \(holds)."
        }
    }

    /// "a", "a or b", "a, b or c" (or "and").
    static func listed(_ items: [String], or: Bool) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + last
    }
}
