import BuiltInAuthorities
import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// `RegionBenchmark`: who is in a region, ranks within it recomputed here, strategies matched by code.
@Suite struct RegionBenchmarkTests {
    let framework = OutcomeFramework.standard
    let asOf = PartialDate(year: 2026, month: 1, day: 1)!

    func benchmark() throws -> Benchmark {
        let files = try RegionFixture.write()
        let store = try StatisticsStore.load(files: [files.stats], includeSnapshot: false, framework: framework)
        return Benchmark(store: store, neighbours: try StatisticalNeighbours(path: files.neighbours), framework: framework)
    }

    func region(_ name: String, year: String? = nil, packs: [AuthorityPack] = []) throws -> RegionBenchmark {
        let benchmark = try benchmark()
        return RegionBenchmark(try RegionChoice.resolve(name, in: benchmark.store), benchmark: benchmark, measures: benchmark.measuresWithData,
                               year: year, packs: packs, asOf: asOf)
    }

    @Test func regionNamesMatchInAnyCaseAndSpacing() throws {
        let store = try benchmark().store
        #expect(try RegionChoice.resolve("north west", in: store).name == "North West")
        #expect(try RegionChoice.resolve("  NORTH   WEST ", in: store).name == "North West")
        #expect(RegionChoice.names(in: store) == ["Inner London", "London", "North West", "Outer London", "South East"])
    }

    @Test func aMissSuggestsTheNearestAndNamesEveryRegion() throws {
        let store = try benchmark().store
        #expect(throws: EngineError.unknownRegion("north wst", regions: ["Inner London", "London", "North West", "Outer London", "South East"], suggestions: ["North West"])) {
            try RegionChoice.resolve("north wst", in: store)
        }
        let error = CPSError.unknownRegion("north wst", regions: ["London", "North West"], suggestions: ["North West"])
        #expect(error.exitCode == 64)
        #expect(error.description == "No region of the statistics is called \"north wst\" (did you mean \"North West\"?); the regions are \"London\" and \"North West\". See `cps region --help`.")
    }

    @Test func londonTakesInnerAndOuterLondon() throws {
        let london = try region("London")
        let expected = RegionFixture.authorities.filter { $0.region.hasSuffix("London") }.map(\.name).sorted()
        #expect(london.authorities.map(\.name) == expected)
        #expect(Set(london.authorities.compactMap(\.regionLabel)) == ["Inner London", "Outer London"])
        // The region's figure is London's own row, not Inner or Outer London's.
        let longTerm = try #require(london.measures.first { $0.measure == "placement-stability-long-term" })
        #expect(longTerm.region == Double(RegionFixture.regionValue("London", longTerm: true)))
        let inner = try region("inner london")
        #expect(inner.authorities.count == RegionFixture.authorities.filter { $0.region == "Inner London" }.count)
    }

    @Test func ranksWithinTheRegionMatchAnIndependentCount() throws {
        let northWest = try region("North West")
        let members = RegionFixture.authorities.filter { $0.region == "North West" && $0.code != "909" }.sorted { $0.name < $1.name }
        #expect(northWest.authorities.map(\.name) == members.map(\.name))
        for (id, higher) in [("placement-stability-long-term", true), ("placement-stability-short-term", false)] {
            let table = try #require(northWest.measures.first { $0.measure.rawValue == id })
            let values = members.map { Double(RegionFixture.value($0, year: 2025, longTerm: higher))! }
            #expect(table.rows.map(\.regionRank) == RegionFixture.ranks(values, higherIsBetter: higher))
            #expect(table.rows.allSatisfy { $0.regionOf == members.count })
            // Nationally, among every authority with a figure (Oldshire's z is not one).
            let national = RegionFixture.authorities.filter { $0.code != "909" }
            let nationalValues = national.map { Double(RegionFixture.value($0, year: 2025, longTerm: higher))! }
            let nationalRanks = RegionFixture.ranks(nationalValues, higherIsBetter: higher)
            for (row, member) in zip(table.rows, members) {
                #expect(row.benchmark.rank == nationalRanks[national.firstIndex { $0.code == member.code }!])
                #expect(row.benchmark.of == national.count)
            }
            #expect(table.england == (higher ? 69 : 10) && table.year == "2025")
        }
    }

    @Test func anAuthorityWithOnlyNotApplicableEntriesIsLeftOutThatYearOnly() throws {
        let latest = try region("North West")
        #expect(!latest.authorities.contains { $0.dfeCode == "909" })
        #expect(latest.leftOut.map(\.name) == ["Oldshire"])
        let earlier = try region("North West", year: "2024")
        #expect(earlier.authorities.contains { $0.dfeCode == "909" } && earlier.leftOut.isEmpty)
    }

    @Test func aLoadedPackIsMatchedByCodeAndOthersSayNoStrategyLoaded() throws {
        let packs = BuiltInRegistry.loaded.map(\.pack)
        let northWest = try region("North West", packs: packs)
        let sefton = try #require(northWest.authorities.first { $0.dfeCode == "343" })
        #expect(sefton.strategies.map(\.id) == ["sefton"] && sefton.strategyNote == nil)
        let pack = try #require(packs.first { $0.id == "sefton" })
        let ended = pack.document.period.end.map { $0.latestDay < asOf }
        #expect(sefton.strategies[0].ended == ended)
        let unloaded = try #require(northWest.authorities.first { $0.name == "Authority 1000" })
        #expect(unloaded.strategies.isEmpty && unloaded.strategyNote == "no strategy loaded")
        // Neighbours by name, closest first.
        let blackpool = try #require(northWest.authorities.first { $0.name == "Blackpool" })
        #expect(blackpool.neighbours == ["St. Helens", "Sefton"] && sefton.neighbours == ["Blackpool", "Authority 1012"])
        #expect(northWest.authorities.first { $0.name == "St. Helens" }?.neighboursNote == "no statistical neighbours known")
    }
}
