import CorporateParenting
import CPSEngine

/// What `cps similarity A B` shows: how alike two strategies are, and the commitments they share most closely.
public struct SimilarityPairView: Renderable {
    /// The first strategy.
    public var first: AuthorityRef
    /// The second strategy.
    public var second: AuthorityRef
    /// Their periods, which tell two strategies of one council apart.
    public var periods: (StrategyPeriod, StrategyPeriod)
    /// Their similarity by framework tags, when shown.
    public var tags: Double?
    /// Their similarity by text, when shown.
    public var text: Double?
    /// The commitments they share most closely, best first (when text is shown).
    public var shared: [SharedCommitment]

    enum CodingKeys: String, CodingKey {
        case first, second, tagSimilarity, textSimilarity, threshold, shared
    }

    struct Strategy: Encodable {
        var id: String
        var name: String
        var period: StrategyPeriod
    }

    struct Side: Encodable {
        var kind: TextKind
        var text: String
        var source: String
        var path: String
    }

    struct Pair: Encodable {
        var similarity: Double
        var first: Side
        var second: Side
    }

    /// Encodes both strategies, their scores and the shared commitments.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Strategy(id: first.id, name: first.name, period: periods.0), forKey: .first)
        try container.encode(Strategy(id: second.id, name: second.name, period: periods.1), forKey: .second)
        try container.encodeIfPresent(tags, forKey: .tagSimilarity)
        try container.encodeIfPresent(text.map(SimilarityView.rounded), forKey: .textSimilarity)
        if text != nil {
            try container.encode(TextSimilarity.sharedThreshold, forKey: .threshold)
            func side(_ document: TextDocument) -> Side {
                Side(kind: document.kind, text: document.text, source: FindView.source(document), path: document.path)
            }
            try container.encode(shared.map { Pair(similarity: SimilarityView.rounded($0.score), first: side($0.first), second: side($0.second)) }, forKey: .shared)
        }
    }

    /// The scores, then the shared commitments.
    public func document() -> Document {
        var fields: [Field] = []
        if let text { fields.append(Field("Text similarity", SimilarityView.format(text))) }
        if let tags { fields.append(Field("Tag similarity", SimilarityView.format(tags))) }
        let title = "\(first.name) (\(first.id) \(periods.0.compact)) and \(second.name) (\(second.id) \(periods.1.compact))"
        var blocks: [Block] = [.fields(fields)]
        guard text != nil else { return Document(title: title, blocks: blocks + [.note(SimilarityView.tagMethod)]) }
        let table = Table(
            columns: ["Similarity", first.shortName, "Source in \(first.shortName)", second.shortName, "Source in \(second.shortName)"],
            rows: shared.map { [SimilarityView.format($0.score), $0.first.text, FindView.source($0.first), $0.second.text, FindView.source($0.second)] },
            numericColumns: [0],
            kinds: [.token, .prose, .prose, .prose, .prose]
        )
        if shared.isEmpty {
            blocks.append(.paragraph("No commitment or pledge of \(first.name) is as close as \(SimilarityView.format(TextSimilarity.sharedThreshold)) in wording to one of \(second.name)'s."))
        } else {
            blocks.append(.heading("Commitments both make (\(shared.count))", level: 1))
            for (rank, pair) in shared.enumerated() {
                blocks.append(.paragraph("\(rank + 1). Similarity \(SimilarityView.format(pair.score))"))
                blocks.append(.list([
                    "\(first.shortName): “\(pair.first.text)” (\(FindView.source(pair.first)))",
                    "\(second.shortName): “\(pair.second.text)” (\(FindView.source(pair.second)))",
                ]))
            }
        }
        blocks.append(.note("Each commitment or pledge of one is compared with each of the other's by the cosine of their TF-IDF weights; pairs of at least \(SimilarityView.format(TextSimilarity.sharedThreshold)) are shown, best first, each commitment in one pair at most, ten at most."))
        blocks.append(.note(SimilarityView.textMethod))
        if tags != nil { blocks.append(.note(SimilarityView.tagMethod)) }
        return Document(title: title, blocks: blocks, csvTable: table)
    }
}
