import BuiltInAuthorities
import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Testing

/// The new gap rules on the built-in councils, each where the strategy document (../shared/seeds) supports it.
@Suite struct GapBuiltInTests {
    let framework = OutcomeFramework.standard

    func gaps(_ id: String, asOf: String = "2026-11-23") throws -> [Gap] {
        let pack = try #require(BuiltInRegistry.packs.first { $0.id == id })
        return GapRuleRegistry.gaps(in: GapContext(profile: PackProfile(pack, framework: framework), asOf: PartialDate(asOf)!, framework: framework))
    }

    func messages(_ id: String, _ rule: String) throws -> [String] {
        try gaps(id).filter { $0.rule == rule }.map { GapSentence.message($0) }
    }

    /// North East Lincolnshire's strategy never mentions a local offer; the other four name theirs (Lancashire's and
    /// Sefton's by title, Leicestershire's in its action plan, Middlesbrough's through an item of it).
    @Test func onlyNorthEastLincolnshireNeverMentionsTheLocalOffer() throws {
        let found = try gaps("north-east-lincolnshire").filter { $0.rule == "no-local-offer" }
        #expect(found.count == 1)
        // Its pack does not wholly capture two sections, so the finding says the offer may be there.
        #expect(found.first?.notCaptured?.document == .whole)
        #expect(found.first?.notCaptured.map(GapSentence.note) == "the pack does not wholly capture the section \"Operational Delivery\"")
        #expect(found.map { GapSentence.message($0) } == ["The care leavers' local offer is not stated: nothing in the document names it; it may be in what the pack does not capture."])
        for id in ["lancashire", "leicestershire", "middlesbrough", "sefton"] {
            #expect(try gaps(id).allSatisfy { $0.rule != "no-local-offer" }, "\(id)")
        }
    }

    /// Sefton names the Sefton Pledge but does not set out its promises; Leicestershire's "Our Promise" and
    /// Middlesbrough's charter set theirs out.
    @Test func aPledgeNamedButNotSetOutIsSaidSo() throws {
        #expect(try messages("sefton", "no-pledge") == ["The document names \"Sefton Pledge\" but does not set out its promises."])
        #expect(try messages("lancashire", "no-pledge").first?.hasPrefix("The document names \"Corporate Parents Promise\" and \"Care Leavers Pledge\" but does not set out their promises") == true)
        #expect(try messages("leicestershire", "no-pledge").isEmpty)
        #expect(try messages("middlesbrough", "no-pledge").isEmpty)
    }

    /// Only Leicestershire states a review date (August 2022); Sefton, captured whole, states none.
    @Test func aMissingReviewDate() throws {
        #expect(try messages("sefton", "no-review-date") == ["The document does not say when the strategy will be reviewed."])
        #expect(try messages("leicestershire", "no-review-date").isEmpty)
        #expect(try messages("leicestershire", "review-date-passed") == ["The strategy was due for review in 2022-08, before 2026-11-23."])
    }

    /// Sefton's document gives two portfolios for the Cabinet Member who chairs its Board: a governance fact it
    /// leaves unresolved, not a contradiction of no consequence.
    @Test func seftonsChairIsUnresolved() throws {
        #expect(try messages("sefton", "governance-unresolved") == ["The document contradicts itself about its governance: the portfolio of the Cabinet Member who chairs the Corporate Parenting Board."])
        #expect(try messages("sefton", "inconsistency").isEmpty)
        // Middlesbrough's contradiction is about how many children are in care, not governance.
        #expect(try messages("middlesbrough", "inconsistency") == ["The document contradicts itself: whether the number of looked after children in Middlesbrough is rising or falling."])
    }

    /// Middlesbrough's 2018-2021 strategy is past its end: the one error, listed first.
    @Test func aStrategyPastItsEndIsTheFirstError() throws {
        let middlesbrough = try gaps("middlesbrough")
        #expect(middlesbrough.first?.rule == "period-ended")
        #expect(middlesbrough.filter { $0.severity == .error }.map(\.rule) == ["period-ended"])
        #expect(try gaps("sefton", asOf: "2025-06-30").allSatisfy { $0.severity != .error })
    }

    /// Sefton's 46 commitments, actions and improvements: one finding that counts those without an owner or a
    /// timescale, never one line each.
    @Test func actionsWithoutOwnersAreOneFinding() throws {
        let found = try gaps("sefton").filter { $0.rule == "action-without-owner" }
        #expect(found.count == 1)
        guard case let .actionsWithoutOwnerOrTimescale(withoutOwner, withoutTimescale, total, examples)? = found.first?.finding else {
            Issue.record("no action finding"); return
        }
        #expect(total == 46 && withoutOwner == 42 && withoutTimescale == 46 && examples.count == 3)
    }
}
