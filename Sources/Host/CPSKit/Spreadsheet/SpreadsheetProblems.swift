import CPSEngine
/// Every problem found in a spreadsheet, in row order: importing reports them all at once and writes nothing.
public struct SpreadsheetProblems: Error, Equatable, Sendable {
    /// The problems.
    public var problems: [SpreadsheetProblem]
}
