import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

@Suite struct TextIndexTests {
    static let north = AuthorityPack(id: "north", name: "North Council", document: StrategyDocument(title: "Strategy", period: .years(2023, 2026))) {
        Section("Priorities") {
            Priority("homes", "Safe and stable homes") {
                Aim("Every child lives in a stable home.")
                Commitment("Put staying put first: staying put, put staying, 21, 21.")
                Commitment("We will offer Staying Put to 21 to every young person in foster care.")
                Commitment("Increase the number of foster carers.")
                Metric("moves", "Children with three or more placement moves", purpose: .monitor)
                Metric("Children looked after in England", purpose: .context)
            }
            Pledge("promise", "Our promise to care leavers") {
                Promise("We will help you find a home when you leave care.")
            }
        }
    }

    static let south = AuthorityPack(id: "south", name: "South Council", document: StrategyDocument(title: "Strategy", period: .years(2021, 2024))) {
        Section("What we will do") {
            Priority("work", "Education, employment and training") {
                Commitment("Offer apprenticeships to care leavers.")
                Commitment("Increase foster carers' training.", owner: "Head of Fostering")
                Commitment("Increase the number of foster carers.")
            }
        }
    }

    static var index: TextIndex { TextIndex(PackProfile.profiles([north, south], framework: .standard)) }

    @Test func documentsAreTheKindsAStrategyCommitsToAimsAndMonitors() {
        let documents = TextIndex.documents(of: PackProfile(Self.north, framework: .standard))
        let kinds = Dictionary(grouping: documents, by: \.kind).mapValues { $0.map(\.text) }
        #expect(kinds[.item] == ["Safe and stable homes"])
        #expect(kinds[.pledge] == ["Our promise to care leavers", "We will help you find a home when you leave care."])
        #expect(kinds[.commitment]?.count == 3)
        #expect(kinds[.aim] == ["Every child lives in a stable home."])
        // The figure quoted as context is not a measure the strategy monitors.
        #expect(kinds[.measure] == ["Children with three or more placement moves"])
        let promise = try? #require(documents.first { $0.text.hasPrefix("We will help") })
        #expect(promise?.headings == ["Priorities"])
        #expect(promise?.path == "sections[0].content[1].item.content[0].action")
        #expect(documents.first { $0.kind == .measure }?.id == "moves")
    }

    @Test func theExactPhraseRanksFirstEvenAboveAHigherScore() throws {
        let hits = Self.index.search("Staying Put to 21")
        let first = try #require(hits.first)
        #expect(first.document.text == "We will offer Staying Put to 21 to every young person in foster care.")
        #expect(first.phrase)
        // The word salad scores higher by BM25 alone, yet comes second: it does not hold the phrase.
        let second = try #require(hits.dropFirst().first)
        #expect(second.document.text.hasPrefix("Put staying put first"))
        #expect(!second.phrase)
        #expect(second.score > first.score)
    }

    @Test func scoresAreBM25ByHand() throws {
        // "apprenticeships" is in one document of the index's N; that document has 3 terms (offer apprenticeship
        // care leaver: 4); the average length is the index's.
        let index = Self.index
        let hit = try #require(index.search("apprenticeships").first)
        let n = Double(index.documents.count)
        let average = Double(index.sequence.count) / n
        let idf = log(1 + (n - 1 + 0.5) / (1 + 0.5))
        let expected = idf * 1 * 2.2 / (1 + 1.2 * (1 - 0.75 + 0.75 * 4 / average))
        #expect(abs(hit.score - expected) < 1e-12)
        #expect(hit.document.authority.id == "south")
    }

    @Test func kindsFilterAndLimitCut() {
        let index = Self.index
        #expect(index.search("foster carers", TextFilter(kinds: [.commitment])).allSatisfy { $0.document.kind == .commitment })
        #expect(index.search("care", TextFilter(kinds: [.pledge])).map(\.document.kind) == [.pledge, .pledge])
        #expect(index.search("care leavers", TextFilter(limit: 1)).count == 1)
        #expect(index.search("zebra").isEmpty)
        #expect(index.search("the and").isEmpty)
    }

    @Test func tiesGoByStrategyIdThenDocumentOrder() {
        let hits = Self.index.search("number of foster carers")
        // Both strategies make the same commitment in the same words; the equal scores are broken by strategy id.
        #expect(hits.prefix(2).map(\.document.authority.id) == ["north", "south"])
        #expect(hits[0].score == hits[1].score)
        #expect(hits[0].document.text == hits[1].document.text)
    }
}
