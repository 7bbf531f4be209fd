import CorporateParenting
import CPSEngine
import CPSKit
import Foundation
import Testing

/// Text output takes time in proportion to a text's length: a pack whose name is four megabytes without a space
/// lists and shows in seconds. Wrapping used to copy the rest of an unbroken word for every line it cut, so 160 KB
/// took 1.5 s and four megabytes (625 times the work) would take a quarter of an hour.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct LongTextTests {
    static let length = 4_000_000

    /// A folder holding one pack whose name is `length` characters without a space, under the default size limit.
    func longNamePack() throws -> URL {
        let pack = AuthorityPack(
            id: "long", name: "LONGNAME", ons: "E06000009", dfe: "890", region: "North West",
            document: StrategyDocument(title: "Strategy", period: .years(2024, 2027))
        ) {
            Section("Priorities") {
                Priority("voice", "Heard", number: 1, principles: [2], domains: [.voice]) { Commitment("Ask.") }
            }
        }
        let json = try PackCoding.json(pack).replacingOccurrences(of: "LONGNAME", with: String(repeating: "x", count: Self.length))
        #expect(json.utf8.count < PackFile.defaultMaximumBytes)
        let folder = try CPSHarness.temporaryFolder()
        try json.write(to: folder.appendingPathComponent("long.json"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test(arguments: [["list"], ["show", "long"]])
    func aFourMegabyteNameIsListedAndShownInSeconds(command: [String]) throws {
        let folder = try longNamePack().path
        let start = Date()
        let result = try RealBinary.run(command + ["--authority-path", folder], seconds: 60)
        let seconds = Date().timeIntervalSince(start)
        #expect(result.status == 0, "\(command): status \(result.status) after \(seconds) s: \(result.error)")
        #expect(seconds < 20, "\(command) took \(seconds) s")
        // Every x of the name is printed, cut into lines.
        #expect(result.out.utf8.filter { $0 == UInt8(ascii: "x") }.count >= Self.length)
    }
}
