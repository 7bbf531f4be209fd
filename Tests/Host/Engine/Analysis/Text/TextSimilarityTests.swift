import BuiltInAuthorities
import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

@Suite struct TextSimilarityTests {
    static func pack(_ id: String, _ commitments: [String]) -> AuthorityPack {
        AuthorityPack(id: id, name: id.capitalized, document: StrategyDocument(title: "Strategy")) {
            Section("Priorities") { Priority("p", "Priority") { commitments.map { Entry.action(Commitment($0)) } } }
        }
    }

    @Test func cosineOfTFIDFWeightsByHand() {
        // Strategy text: four commitments (item titles are not strategy text), so N = 4; "offer" is in 3 of them,
        // "mentor" in 2, "apprenticeship" in 1.
        let a = Self.pack("a", ["Offer apprenticeships.", "Offer."])
        let b = Self.pack("b", ["Offer mentors.", "Mentors."])
        let matrix = TextSimilarity.matrix(PackProfile.profiles([a, b], framework: .standard))
        let offer = log(5.0 / 4.0) + 1, mentor = log(5.0 / 3.0) + 1, apprenticeship = log(5.0 / 2.0) + 1
        // a: offer tf 2, apprenticeship tf 1; b: offer tf 1, mentor tf 2.
        let a1 = (1 + log(2.0)) * offer, a2 = apprenticeship
        let b1 = offer, b2 = (1 + log(2.0)) * mentor
        let expected = a1 * b1 / ((a1 * a1 + a2 * a2).squareRoot() * (b1 * b1 + b2 * b2).squareRoot())
        #expect(abs(matrix.score(0, 1) - expected) < 1e-12)
        #expect(matrix.score(0, 1) == matrix.score(1, 0))
        #expect(matrix.score(0, 0) == 1)
    }

    @Test func noWordInCommonIsZeroAndTheSameWordsAreOne() {
        let profiles = PackProfile.profiles([Self.pack("a", ["Offer apprenticeships."]), Self.pack("b", ["Listen to children."]),
                                             Self.pack("c", ["Offer apprenticeships.", "Offer apprenticeships."])], framework: .standard)
        let matrix = TextSimilarity.matrix(profiles)
        #expect(matrix.score(0, 1) == 0)
        #expect(abs(matrix.score(0, 2) - 1) < 1e-12)
        #expect(matrix.nearest(to: "a").map(\.authority.id) == ["c", "b"])
    }

    @Test func sharedCommitmentsPairTheCloseWordingsOnceEach() {
        let a = Self.pack("a", ["Offer Staying Put to 21.", "Offer Staying Put to 21 for every leaver.", "Recruit more foster carers."])
        let b = Self.pack("b", ["Staying Put to 21 for every care leaver.", "Run a youth forum."])
        let index = TextIndex(PackProfile.profiles([a, b], framework: .standard))
        let shared = TextSimilarity.shared(index, 0, 1)
        // Each commitment is in one pair at most, so b's Staying Put pairs with one of a's two, the closer.
        #expect(shared.count == 1)
        #expect(shared.first?.first.text == "Offer Staying Put to 21 for every leaver.")
        #expect(shared.first?.second.text == "Staying Put to 21 for every care leaver.")
        #expect((shared.first?.score ?? 0) >= TextSimilarity.sharedThreshold)
    }

    /// Field findings §2, "similarity is tag arithmetic": one defensible re-tag moved a council's nearest
    /// neighbours. Leicestershire's priority "Placement stability and safe homes" is tagged homes; a reviewer could
    /// as well tag it homes and safety (its title says "safe"). That edit reorders Sefton's nearest strategies by
    /// tags, and leaves the text similarity's order, and every text score, exactly as it was.
    @Test func oneDefensibleRetagMovesTagRanksButNotTextRanks() throws {
        let packs = BuiltInRegistry.packs
        let leicestershire = try #require(packs.first { $0.id == "leicestershire" })
        let priority = try #require(Retagging.priorities(leicestershire).first { $0.id == "placement-stability-and-safe-homes" })
        let first = try #require(priority.mappings.first)
        #expect(first.domains == [.homes])
        let retagged = Retagging.pack(leicestershire, item: priority.id, mappings: [Mapping(principles: first.principles, domains: [.homes, .safety], basis: .judged)] + priority.mappings.dropFirst())
        let after = packs.map { $0.id == "leicestershire" ? retagged : $0 }
        let before = PackProfile.profiles(packs, framework: .standard), edited = PackProfile.profiles(after, framework: .standard)

        let tagsBefore = SimilarityMatrix(before).nearest(to: "sefton").map(\.authority.id)
        let tagsAfter = SimilarityMatrix(edited).nearest(to: "sefton").map(\.authority.id)
        #expect(tagsBefore != tagsAfter, "the re-tag should move Sefton's nearest by tags")
        #expect(tagsBefore.firstIndex(of: "leicestershire") != tagsAfter.firstIndex(of: "leicestershire"))

        let textBefore = TextSimilarity.matrix(before), textAfter = TextSimilarity.matrix(edited)
        #expect(textBefore.nearest(to: "sefton").map(\.authority.id) == textAfter.nearest(to: "sefton").map(\.authority.id))
        #expect(textBefore.scores == textAfter.scores)
    }

    @Test func allPairsAreSymmetricWithOnesOnTheDiagonal() {
        // 100 strategies of 20 commitments drawn from 300 words, so rows are worked out in parallel and in pieces.
        var seed: UInt64 = 7
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        let words = (0..<300).map { "word\(String(UnicodeScalar(UInt8(97 + $0 % 26))))\(String(UnicodeScalar(UInt8(97 + $0 / 26))))" }
        let packs = (0..<100).map { i in Self.pack("s\(i)", (0..<20).map { _ in (0..<8).map { _ in words[next() % words.count] }.joined(separator: " ") }) }
        let profiles = PackProfile.profiles(packs, framework: .standard)
        let matrix = TextSimilarity.matrix(profiles)
        let index = TextIndex(profiles)
        let vectors = index.strategyVectors()
        for (i, j) in [(3, 85), (0, 99), (50, 51)] {
            #expect(matrix.score(i, j) == matrix.score(j, i))
            #expect(matrix.score(i, j) == vectors.dot(i, j))
            #expect(matrix.score(i, j) > 0 && matrix.score(i, j) < 1)
        }
        #expect((0..<100).allSatisfy { matrix.score($0, $0) == 1 })
    }
}
