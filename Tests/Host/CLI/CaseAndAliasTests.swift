import Foundation
import Testing

/// Council ids, formats, regions and measure ids in any case; councils by unique prefix or DfE/ONS code, through
/// the real binary.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct CaseAndAliasTests {
    @Test func idsFormatsAndRegionsTakeAnyCase() throws {
        let expected = try RealBinary.run(["show", "sefton", "--format", "json"])
        let shouted = try RealBinary.run(["show", "Sefton", "--format", "JSON"])
        #expect(shouted.status == 0)
        #expect(shouted.error.isEmpty)
        #expect(shouted.out == expected.out)
        let region = try RealBinary.run(["list", "--region", "north WEST", "--format", "csv"])
        #expect(region.status == 0)
        #expect(region.out == (try RealBinary.run(["list", "--region", "North West", "--format", "csv"])).out)
    }

    @Test func measureIdsTakeAnyCase() throws {
        let lower = try RealBinary.run(["benchmark", "placement-stability-long-term", "--authorities", "sefton", "--format", "csv"])
        let upper = try RealBinary.run(["benchmark", "Placement-Stability-Long-Term", "--authorities", "SEFTON", "--format", "csv"])
        #expect(lower.status == 0)
        #expect(upper.status == 0)
        #expect(upper.out == lower.out)
    }

    @Test func aUniquePrefixOrACodeNamesACouncil() throws {
        let expected = try RealBinary.run(["show", "lancashire", "--format", "json"]).out
        #expect(try RealBinary.run(["show", "lanc", "--format", "json"]).out == expected)
        for code in ["888", "E10000017", "e10000017"] {
            let byCode = try RealBinary.run(["show", code, "--format", "json"])
            #expect(byCode.status == 0, "\(code)")
            #expect(byCode.out == expected, "\(code)")
        }
    }

    @Test func anAmbiguousPrefixNamesTheCandidates() throws {
        let result = try RealBinary.run(["show", "l"])
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.error == "cps: \"l\" could mean `lancashire` and `leicestershire`; give more of the id.\n")
    }

    @Test func theCouncilsNameNamesItToo() throws {
        let expected = try RealBinary.run(["show", "north-east-lincolnshire", "--format", "json"]).out
        for name in ["North East Lincolnshire", "north east lincolnshire council", "North-East  Lincolnshire"] {
            let byName = try RealBinary.run(["show", name, "--format", "json"])
            #expect(byName.status == 0, "\(name): \(byName.error)")
            #expect(byName.out == expected, "\(name)")
        }
        let missing = try RealBinary.run(["show", "North East Lincs Council"])
        #expect(missing.status == 1)
        #expect(missing.out.isEmpty)
    }

    @Test func anAuthorityWithNoStrategyLoadedPointsToItsFigures() throws {
        let result = try RealBinary.run(["says-does", "Blackpool"])
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.error == "cps: No strategy of Blackpool is loaded: no authority has the id \"Blackpool\"; `cps benchmark --la 890` gives its DfE figures.\n")
        #expect(try RealBinary.run(["show", "zzz"]).error == "cps: No authority has the id \"zzz\". See `cps list`.\n")
    }
}
