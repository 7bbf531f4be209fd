import CPSEngine

extension CPSError {
    /// The command line's error for an engine error: the same sentence, with the exit status and the pointer to
    /// help that the command line adds.
    public init(_ error: EngineError) {
        switch error {
        case .badInput(let file, let place, let reason): self = .badInput(file: file, place: place, reason: reason)
        case .noMeasureSeries(let file):
            self = .badInput(file: file, place: nil, reason: "it holds none of the standard measures' DfE series (see `cps measures --format json` for their files, filters and value columns)")
        case .cannotRead(let path, let reason): self = .cannotRead(path: path, reason: reason)
        case .unknownRegion(let name, let regions, let suggestions): self = .unknownRegion(name, regions: regions, suggestions: suggestions)
        case .unknownStatisticsAuthority(let name, let suggestions): self = .unknownStatisticsAuthority(name, suggestions: suggestions)
        case .ambiguousStatisticsAuthority(let name, let candidates): self = .ambiguousStatisticsAuthority(name, candidates: candidates)
        case .unknownDfEAuthority(let name, let suggestions): self = .unknownDfEAuthority(name, suggestions: suggestions)
        case .badYear: self = .usage(error.description, command: nil)
        case .noFiguresForYear: self = .failure(error.description)
        case .noMatch(let file, let wanted, let among, let column, let values, let more):
            self = .noMatch(file: file, wanted: wanted, among: among, column: column, values: values, more: more)
        }
    }

    /// Runs engine work, turning its error into the command line's.
    ///
    /// ```swift
    /// let store = try CPSError.engine { () throws(EngineError) in try StatisticsStore.load(files: files, includeSnapshot: true, framework: .standard) }
    /// ```
    public static func engine<T>(_ work: () throws(EngineError) -> T) throws(CPSError) -> T {
        do {
            return try work()
        } catch {
            throw CPSError(error)
        }
    }
}
