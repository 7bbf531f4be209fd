import Foundation
import Testing

/// Errors that name the real mistake, through the real binary.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct ErrorWordingTests {
    @Test func aMissingSubcommandSuggestsTheCommand() throws {
        let result = try RealBinary.run(["stats", "la_cla.csv"])
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.error.contains("did you mean `cps stats query la_cla.csv`?"))
        let capital = try RealBinary.run(["stats"])
        #expect(capital.error.contains("needs <subcommand>: query."))
    }

    @Test(arguments: [
        ("2025-13-01", "has month 13; months run from 01 to 12."),
        ("2025-02-30", "has day 30; February 2025 has 28 days."),
        ("2024-02-30", "has day 30; February 2024 has 29 days."),
        ("2025-04-31", "has day 31; April 2025 has 30 days."),
        ("20x5-01-01", "is not written YYYY-MM-DD (or YYYY-MM, or YYYY)."),
    ])
    func anInvalidDateNamesWhatIsInvalid(date: String, problem: String) throws {
        let result = try RealBinary.run(["gaps", "sefton", "--as-of", date])
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.error.contains("The --as-of date \"\(date)\" \(problem)"))
    }

    @Test func aYearOutsideTheDataNamesTheYearsThereAre() throws {
        let absent = try RealBinary.run(["benchmark", "--year", "2005"])
        #expect(absent.status == 1)
        #expect(absent.out.isEmpty)
        #expect(absent.error.contains("The statistics hold no figures for 2005; the years there are "))
        #expect(absent.error.contains("2025"))
        let malformed = try RealBinary.run(["benchmark", "--year", "20x5"])
        #expect(malformed.status == 64)
        #expect(malformed.out.isEmpty)
        #expect(malformed.error.contains("The year \"20x5\" is not a year written YYYY"))
        let present = try RealBinary.run(["benchmark", "--year", "2025", "--format", "csv"])
        #expect(present.status == 0)
        #expect(!present.out.isEmpty)
    }

    @Test(arguments: [["sefton", "sefton"], ["Sefton", "sefton"], ["sefton", "lancashire", "sef"]])
    func compareRefusesOneCouncilTwice(ids: [String]) throws {
        let result = try RealBinary.run(["compare"] + ids)
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.error.contains("`cps compare` was given"))
        #expect(result.error.contains("compare two or more different authorities."))
    }

    @Test func messagesSpellDfEAndCountInTheRightNumber() throws {
        for arguments in [["--help"], ["benchmark", "--help"], ["stats", "--help"], ["report", "--help"], ["says-does", "--help"]] {
            let result = try RealBinary.run(arguments)
            #expect(!result.out.contains("DFE") && !result.out.contains("Dfe ") && !result.out.contains("dfE"), "\(arguments)")
        }
        let stats = try RealBinary.run(["stats"])
        #expect(!stats.error.contains("dfE"))
    }
}
