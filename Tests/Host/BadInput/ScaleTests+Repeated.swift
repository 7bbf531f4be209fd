import Foundation
import Testing

/// One metric repeated 4,000 times with its id (a 3.2 MB pack): before, `validate` took 246 s in a debug build
/// (every finding's line and column counted from the file's start, every path followed by stepping over the
/// earlier elements), 25 times the limit; now about a quarter of a second.
extension ScaleTests {
    static let copies = 4_000
    static let repeatedLimit = 10.0

    @Test(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
    func validatingARepeatedEntryListsTheFirstHundredFindingsAndCountsThemAll() throws {
        let pack = try ScalePacks.repeatedMetric(Self.copies)
        let file = try write(pack, "repeated.json")
        let result = try run(["validate", file], limit: Self.repeatedLimit)
        #expect(result.status == 1)
        let findings = result.lines.filter { $0.contains(" error [duplicate-id] ") }
        #expect(findings.count == 100)
        #expect(findings.allSatisfy { $0.hasSuffix("The evidence id \"sdq-completion\" is used already, at \(ScalePacks.metric).") })
        // The first and the hundredth duplicates, each at the line and column of its id in the file.
        for (finding, copy) in [(findings.first, 3), (findings.last, 102)] {
            let line = try #require(finding)
            let path = "\(ScalePacks.priority)[\(copy)].evidence.id"
            #expect(line.contains(": error [duplicate-id] \(path): "), "\(line)")
            let place = line.dropFirst(file.count + 1).split(separator: ":").prefix(2).compactMap { Int($0) }
            try #require(place.count == 2, "\(line)")
            #expect(text(pack, line: place[0], column: place[1]).hasPrefix("\"sdq-completion\""), "\(line)")
        }
        #expect(result.lines.contains("\(file): and 3900 more findings of rule duplicate-id, not shown (4000 in all; `--findings-per-rule all` shows every one)."))
        #expect(result.lines.last == "1 file checked: 4000 errors, 0 warnings; 3900 findings are not shown (at most 100 of each rule in each file).")
    }

    @Test(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
    func everyFindingOfARepeatedEntryIsListedWhenAskedFor() throws {
        let file = try write(try ScalePacks.repeatedMetric(Self.copies), "repeated.json")
        let all = try run(["validate", file, "--findings-per-rule", "all"], limit: Self.repeatedLimit)
        #expect(all.status == 1)
        #expect(all.lines.filter { $0.contains(" error [duplicate-id] ") }.count == Self.copies)
        #expect(!all.out.contains("more findings of rule"))
        #expect(all.lines.last == "1 file checked: 4000 errors, 0 warnings.")
        let five = try run(["validate", file, "--findings-per-rule", "5", "--format", "csv"], limit: Self.repeatedLimit)
        let rows = five.out.split(separator: "\r\n")
        #expect(rows.first == "file,line,column,severity,rule,path,message")
        #expect(rows.count == 1 + 5 + 1)
        #expect(rows.last == "\(file),,,error,duplicate-id,,\"and 3995 more findings of rule duplicate-id, not shown (4000 in all; `--findings-per-rule all` shows every one).\"")
        let refused = try run(["validate", file, "--findings-per-rule", "0"], limit: Self.repeatedLimit)
        #expect(refused.status == 64)
        #expect(refused.error.contains("\"0\", is not a positive number or `all`"))
    }

    @Test(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
    func listingARepeatedEntryRefusesThePackAtItsFirstDuplicate() throws {
        let pack = try ScalePacks.repeatedMetric(Self.copies)
        let file = try write(pack, "repeated.json")
        let result = try run(["list", "--authority-path", file], limit: Self.repeatedLimit)
        #expect(result.status == 65)
        #expect(result.out.isEmpty)
        let messages = result.error.split(separator: "\n")
        #expect(messages.count == 1, "one sentence: \(messages)")
        let path = "\(ScalePacks.priority)[3].evidence.id"
        #expect(result.error.contains(file) && result.error.contains("at \(path) (line ") && result.error.contains("[duplicate-id]"), "\(result.error)")
    }
}
