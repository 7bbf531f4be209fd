@testable import CPSEngine
@testable import CPSKit
import BuiltInAuthorities
import CorporateParenting
import Testing

/// Counts in messages agree with their number: "1 gap", "2 gaps", "1 authority".
@Suite struct CountWordingTests {
    static let pack = BuiltInRegistry.loaded.first { $0.id == "sefton" }!.pack
    static let gap = Gap(rule: "r", severity: .warning, subject: "s", finding: .noReviewDate)

    @Test func oneGapIsSingular() {
        let one = GapsView(authority: AuthorityRef(Self.pack), asOf: CPSHarness.today, gaps: [Self.gap])
        #expect(TextRenderedParagraphs.of(one).contains("1 gap (0 errors, 1 warning, 0 info), judged on 2026-11-23."))
        let two = GapsView(authority: AuthorityRef(Self.pack), asOf: CPSHarness.today, gaps: [Self.gap, Self.gap])
        #expect(TextRenderedParagraphs.of(two).contains("2 gaps ("))
        let table = GapsTableView(region: "North West", asOf: CPSHarness.today, authorities: [one])
        #expect(TextRenderedParagraphs.of(table).contains("Gaps: 1 authority in North West"))
        #expect(TextRenderedParagraphs.of(table).contains("1 gap (Sefton Council 1)"))
    }
}
