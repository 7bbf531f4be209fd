import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// `--la`'s lookup: a DfE code, an ONS code, or a name in any case and punctuation, whole or a unique beginning.
@Suite struct AuthorityByNameTests {
    func benchmark() throws -> Benchmark {
        let files = try RegionFixture.write()
        let store = try StatisticsStore.load(files: [files.stats], includeSnapshot: false, framework: .standard)
        return Benchmark(store: store, neighbours: StatisticalNeighbours(model: "none", lists: [:]), framework: .standard)
    }

    @Test func codesAndNamesFindTheSameAuthority() throws {
        let benchmark = try benchmark()
        for typed in ["890", "E06000009", "e06000009", "Blackpool", "BLACKPOOL", "blackp"] {
            #expect(try benchmark.subject(named: typed).dfeCode == "890", "\(typed)")
        }
    }

    @Test func punctuationAndTheCityOfFormAreForgiven() throws {
        let benchmark = try benchmark()
        #expect(try benchmark.subject(named: "St Helens").name == "St. Helens")
        #expect(try benchmark.subject(named: "st. helens").dfeCode == "811")
        #expect(try benchmark.subject(named: "Hull").name == "Kingston upon Hull, City of")
        #expect(try benchmark.subject(named: "City of Kingston upon Hull").dfeCode == "810")
    }

    @Test func aSharedBeginningIsAnErrorNamingTheCandidates() throws {
        let benchmark = try benchmark()
        #expect(throws: EngineError.ambiguousStatisticsAuthority("black", candidates: ["Blackburn with Darwen", "Blackpool"])) {
            try benchmark.subject(named: "black")
        }
        #expect(CPSError.ambiguousStatisticsAuthority("black", candidates: ["Blackburn with Darwen", "Blackpool"]).description
            == "\"black\" could mean \"Blackburn with Darwen\" or \"Blackpool\"; give more of the name, or a DfE or ONS code.")
    }

    @Test func aMissSuggestsTheNearestName() throws {
        let benchmark = try benchmark()
        #expect(throws: EngineError.unknownStatisticsAuthority("Blakpool", suggestions: ["Blackpool"])) { try benchmark.subject(named: "Blakpool") }
        #expect(throws: EngineError.unknownStatisticsAuthority("999", suggestions: [])) { try benchmark.subject(named: "999") }
    }
}
