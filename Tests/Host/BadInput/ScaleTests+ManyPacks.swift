import Foundation
import Testing

/// Many packs listed. A folder of packs was never quadratic in their number, only slow per pack: 2,000 starter packs
/// (38 findings each) took about 24 s in a debug build (each finding's line and column counted from its file's
/// start) and take about 6 s now, decoding most of it; 20,000 take about 45 s in a debug build, too slow for a test
/// (about 10 s in a release build), so this test guards the folder at 2,000 with a limit the old code met. One
/// file holding many packs was quadratic in their number (every pack's notes picked from the whole file's, every
/// finding placed from the file's start): 100 took 89 s to validate in a debug build before, so the 500 here
/// (9.6 MB) would take over half an hour, twenty times the limit; now about a second.
extension ScaleTests {
    static let folderPacks = 2_000
    static let arrayPacks = 500
    static let manyPacksLimit = 90.0

    @Test(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
    func aFolderOfTwoThousandPacksIsListed() throws {
        let folder = try ScalePacks.starterFolder(Self.folderPacks)
        // Starter packs are not yet filled in, so they load only with --include-drafts.
        let result = try run(["list", "--authority-path", folder.path, "--include-drafts", "--format", "json"], limit: Self.manyPacksLimit)
        #expect(result.status == 0, "\(result.error)")
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        let ids = listed.compactMap { $0["id"] as? String }
        let loaded = (0..<Self.folderPacks).map(ScalePacks.councilID)
        #expect(ids.filter { $0.hasPrefix("council-") } == loaded, "every pack, sorted by id")
        #expect(listed.first { $0["id"] as? String == "council-01999" }?["origin"] as? String == folder.appendingPathComponent("council-01999.json").path)
    }

    @Test(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
    func aFileOfFiveHundredPacksIsListed() throws {
        let file = try write(try ScalePacks.starterArray(Self.arrayPacks), "councils.json")
        let result = try run(["list", "--authority-path", file, "--include-drafts", "--format", "json"], limit: Self.manyPacksLimit)
        #expect(result.status == 0, "\(result.error)")
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(listed.compactMap { $0["id"] as? String }.filter { $0.hasPrefix("council-") } == (0..<Self.arrayPacks).map(ScalePacks.councilID))
        #expect(listed.first { $0["id"] as? String == "council-00499" }?["origin"] as? String == "\(file)[499]")
        let checked = try run(["validate", file], limit: Self.manyPacksLimit)
        #expect(checked.status == 0)
        #expect(checked.lines.filter { $0.contains(" warning [to-be-completed] [499].") }.isEmpty, "past the cap")
        // Each starter: 8 prompts and one unfilled-pack summary (500 x 9), 100 of each rule shown.
        #expect(checked.lines.last == "1 file checked: 0 errors, 4500 warnings; 4300 findings are not shown (at most 100 of each rule in each file).")
    }
}
