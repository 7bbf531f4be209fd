import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct DfETableTests {
    let longTerm = OutcomeFramework.standard.measure("placement-stability-long-term")!.dfe!
    let shortTerm = OutcomeFramework.standard.measure("placement-stability-short-term")!.dfe!

    @Test func readsEverySpecialValueAsATypedMissingValue() throws {
        let rows = try #require(try DfETable(path: StatisticsFixtures.current).series(for: longTerm))
        let byName = Dictionary(rows.filter { $0.timePeriod == "2025" && $0.geographicLevel == .localAuthority }.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["Alpha"]?.value == 70)
        for (name, symbol) in [("Epsilon", "c"), ("Theta", "z"), ("Iota", "x"), ("Kappa", "k"), ("Lambda", "~"), ("Mu", ":")] {
            #expect(byName[name]?.value == nil && byName[name]?.symbol == symbol, "\(name)")
        }
    }

    @Test func keepsQuotedCommasAndTheByteOrderMark() throws {
        let table = try DfETable(path: StatisticsFixtures.current)
        #expect(table.header.first == "time_period")
        let rows = try #require(try table.series(for: longTerm))
        #expect(rows.contains { $0.name == "Bristol, City of" && $0.dfeCode == "903" && $0.onsCode == "E06000903" && $0.value == 68 })
    }

    @Test func readsLevelsAndCodes() throws {
        let rows = try #require(try DfETable(path: StatisticsFixtures.current).series(for: longTerm))
        let england = try #require(rows.first { $0.geographicLevel == .national && $0.timePeriod == "2025" })
        #expect(england.name == "England" && england.onsCode == "E92000001" && england.value == 69 && england.dfeCode == nil)
        let region = try #require(rows.first { $0.geographicLevel == .regional })
        #expect(region.name == "North East" && region.onsCode == "E12000001" && region.value == 66)
        #expect(!rows.contains { $0.value == 100 }, "the Total children row is not the series")
    }

    @Test func followsRenamedColumns() throws {
        let rows = try #require(try DfETable(path: StatisticsFixtures.older).series(for: shortTerm))
        #expect(rows.filter { $0.geographicLevel == .localAuthority }.map(\.value) == [12, 8, 8, 15])
        #expect(try DfETable(path: StatisticsFixtures.older).series(for: longTerm) == nil)
    }

    @Test func aValueThatIsNotANumberOrASymbolNamesItsLine() throws {
        let bytes = Array("time_period,geographic_level,la_name,v\n2025,Local authority,A,12\n2025,Local authority,B,twelve\n".utf8)
        #expect(throws: EngineError.badInput(file: "f.csv", place: "line 3", reason: "the value \"twelve\" in v is neither a number nor one of DfE's symbols (c, z, x, k, ~, :)")) {
            try DfETable(bytes: bytes, path: "f.csv").query(where: [], value: "v")
        }
    }

    @Test func aFileThatIsNotTidyIsRefused() {
        #expect(throws: EngineError.self) { try DfETable(bytes: Array("a,b\n1,2\n".utf8), path: "f.csv") }
        #expect(throws: EngineError.self) { try DfETable(bytes: Array("time_period,geographic_level\n2025,\"x\n".utf8), path: "f.csv") }
        #expect(throws: EngineError.self) { try DfETable(bytes: Array("time_period,geographic_level\n2025,National\n".utf8), path: "f.csv").query(where: [("nope", ["x"])], value: "v") }
    }
}
