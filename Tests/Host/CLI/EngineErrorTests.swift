@testable import CPSEngine
@testable import CPSKit
import Testing

/// The engine's errors say what went wrong in one sentence and nothing of the command line; the command line adds
/// its exit status and, where it helps, a pointer to a command.
@Suite struct EngineErrorTests {
    static let errors: [EngineError] = [
        .badInput(file: "f.csv", place: "line 3", reason: "the value is not a number"),
        .noMeasureSeries(file: "f.csv"),
        .cannotRead(path: "/no/such/file", reason: "no such file or folder"),
        .unknownRegion("north wst", regions: ["North West"], suggestions: ["North West"]),
        .unknownStatisticsAuthority("Blakpool", suggestions: ["Blackpool"]),
        .ambiguousStatisticsAuthority("black", candidates: ["Blackburn with Darwen", "Blackpool"]),
        .unknownDfEAuthority("999", suggestions: []),
        .badYear("20x5", example: "2025"),
        .noFiguresForYear("1999", years: ["2024", "2025"]),
        .noMatch(file: "f.csv", wanted: "la_name \"x\"", among: nil, column: "la_name", values: ["Sefton"], more: 0),
    ]

    @Test(arguments: errors)
    func anEngineErrorIsOneSentenceAndSaysNothingOfCommands(_ error: EngineError) {
        #expect(error.description.hasSuffix(".") || error.description.hasSuffix("?"))
        #expect(!error.description.contains("cps"), "\(error.description)")
        #expect(!error.description.contains("--"), "\(error.description)")
        #expect(!error.description.contains("\n"))
    }

    @Test func theCommandLineMapsEachToItsExitStatus() {
        #expect(CPSError(.badYear("20x5", example: "2025")).exitCode == ExitCode.usage)
        #expect(CPSError(.unknownRegion("x", regions: [], suggestions: [])).exitCode == ExitCode.usage)
        #expect(CPSError(.unknownRegion("x", regions: [], suggestions: [])).description.hasSuffix("See `cps region --help`."))
        #expect(CPSError(.badInput(file: "f", place: nil, reason: "r")).exitCode == ExitCode.dataError)
        #expect(CPSError(.noMeasureSeries(file: "f")).description.contains("cps measures --format json"))
        #expect(CPSError(.cannotRead(path: "p", reason: "r")).exitCode == ExitCode.noInput)
        #expect(CPSError(.noFiguresForYear("1999", years: ["2025"])).exitCode == ExitCode.failure)
    }
}
