import BuiltInAuthorities
import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// `cps similarity` with text similarity beside tag similarity.
@Suite struct SimilarityCommandTests {
    @Test func bothMatricesByDefaultTextFirst() throws {
        let text = CPSHarness.run(["similarity"])
        #expect(text.status == 0)
        let byText = try #require(text.out.range(of: "Pairwise similarity of strategies by text"))
        let byTags = try #require(text.out.range(of: "Pairwise similarity of strategies by framework tags"))
        #expect(byText.lowerBound < byTags.lowerBound)
        #expect(text.out.contains("Text similarity compares what the strategies say"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(CPSHarness.run(["similarity", "--format", "json"]).out.utf8)) as? [String: Any])
        let scores = try #require(json["scores"] as? [[Double]]), textScores = try #require(json["textScores"] as? [[Double]])
        // Every built-in council (a sixth when the scaffold test adds one).
        let count = BuiltInRegistry.packs.count
        #expect(scores.count == count && textScores.count == count)
        let expected = TextSimilarity.matrix(PackProfile.profiles(BuiltInRegistry.packs, framework: .standard))
        #expect(textScores[0][1] == (expected.score(0, 1) * 1000).rounded() / 1000)
    }

    @Test func csvOfBothIsOneRowPerPairWithBothScores() {
        let rows = CPSHarness.run(["similarity", "--format", "csv"]).out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows[0] == "authority,other,text_similarity,tag_similarity")
        let ids = BuiltInRegistry.packs.map(\.id).sorted()
        #expect(rows.count == 1 + ids.count * ids.count)
        #expect(rows[1] == "\(ids[0]),\(ids[0]),1.000,1.000")
    }

    @Test func methodChoosesTheMatrix() throws {
        let text = try #require(try JSONSerialization.jsonObject(with: Data(CPSHarness.run(["similarity", "--method", "text", "--format", "json"]).out.utf8)) as? [String: Any])
        #expect(text["scores"] == nil)
        #expect(text["textScores"] != nil)
        let tags = try #require(try JSONSerialization.jsonObject(with: Data(CPSHarness.run(["similarity", "--method", "TAGS", "--format", "json"]).out.utf8)) as? [String: Any])
        #expect(tags["textScores"] == nil)
        let bad = CPSHarness.run(["similarity", "--method", "words"])
        #expect(bad.status == 64)
        #expect(bad.error.contains("--method takes text, tags or both, not \"words\"."))
    }

    @Test func nearestRanksByTextAndShowsBoth() throws {
        let result = CPSHarness.run(["similarity", "sefton", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let nearest = try #require(json["nearest"] as? [[String: Any]])
        let text = nearest.compactMap { $0["textSimilarity"] as? Double }
        #expect(text.count == BuiltInRegistry.packs.count - 1)
        #expect(text == text.sorted(by: >))
        #expect(nearest.allSatisfy { $0["similarity"] is Double })
    }

    @Test func seftonAndLancashireListTheCommitmentsBothMakeWithBothTexts() throws {
        let result = CPSHarness.run(["similarity", "sefton", "lancashire"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("Sefton Council (sefton 2023-2025) and Lancashire County Council (lancashire 2022-2026)"))
        #expect(result.out.contains("Text similarity:"))
        #expect(result.out.contains("Tag similarity:"))
        #expect(result.out.contains("Commitments both make ("))
        let index = TextIndex(PackProfile.profiles(BuiltInRegistry.packs, framework: .standard))
        let sefton = Set(index.documents.filter { $0.authority.id == "sefton" }.map(\.text))
        let lancashire = Set(index.documents.filter { $0.authority.id == "lancashire" }.map(\.text))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(CPSHarness.run(["similarity", "sefton", "lancashire", "--format", "json", "--authorities", "sefton,lancashire,middlesbrough,leicestershire,north-east-lincolnshire"]).out.utf8)) as? [String: Any])
        let shared = try #require(json["shared"] as? [[String: Any]])
        #expect(!shared.isEmpty && shared.count <= 10)
        for pair in shared {
            let first = try #require(pair["first"] as? [String: Any]), second = try #require(pair["second"] as? [String: Any])
            #expect(sefton.contains(first["text"] as? String ?? ""))
            #expect(lancashire.contains(second["text"] as? String ?? ""))
            #expect((pair["similarity"] as? Double ?? 0) >= TextSimilarity.sharedThreshold)
            // Each quoted in the text output with its council's short name.
            #expect(result.out.replacingOccurrences(of: "\n    ", with: " ").replacingOccurrences(of: "\n  - ", with: "\n- ").contains("Sefton: “\(first["text"] as? String ?? "")”"))
        }
        let similarities = shared.compactMap { $0["similarity"] as? Double }
        #expect(similarities == similarities.sorted(by: >))
    }

    @Test func theSameStrategyTwiceIsAUsageError() {
        let result = CPSHarness.run(["similarity", "sefton", "sef"])
        #expect(result.status == 64)
        #expect(result.error.contains("`cps similarity` needs two different strategies to set side by side, not sefton twice."))
    }
}
