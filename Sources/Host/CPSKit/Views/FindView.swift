import CorporateParenting
import CPSEngine

/// What `cps find` shows: the hits for a search, best first, each with its council, strategy, kind, source and score.
public struct FindView: Renderable {
    /// The text searched for, as given.
    public var query: String
    /// The terms searched for: the text's words less common words, stemmed.
    public var terms: [String]
    /// The kinds searched; every kind when empty.
    public var kinds: [TextKind]
    /// How many strategies were searched.
    public var strategies: Int
    /// The hits, best first.
    public var hits: [TextHit]

    enum CodingKeys: String, CodingKey {
        case query, terms, kinds, strategies, hits
    }

    /// One hit as JSON prints it: flat, with the score rounded to three decimals as printed.
    struct Hit: Encodable {
        var rank: Int
        var authority: String
        var name: String
        var period: StrategyPeriod
        var kind: TextKind
        var id: String?
        var text: String
        var source: String
        var path: String
        var score: Double
        var phrase: Bool
    }

    /// Encodes the search and its hits.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(terms, forKey: .terms)
        try container.encode((kinds.isEmpty ? TextKind.allCases : kinds).map(\.rawValue), forKey: .kinds)
        try container.encode(strategies, forKey: .strategies)
        try container.encode(hits.enumerated().map { rank, hit in
            let document = hit.document
            return Hit(rank: rank + 1, authority: document.authority.id, name: document.authority.name, period: document.period, kind: document.kind,
                       id: document.id, text: document.text, source: Self.source(document), path: document.path,
                       score: (hit.score * 1000).rounded() / 1000, phrase: hit.phrase)
        }, forKey: .hits)
    }

    /// "Our Priorities › Being Heard": the headings the document is printed under.
    static func source(_ document: TextDocument) -> String {
        document.headings.joined(separator: " › ")
    }

    /// "sefton 2023-2025": the strategy's id and period, which tell two strategies of one council apart.
    static func strategy(_ document: TextDocument) -> String {
        "\(document.authority.id) \(document.period.compact)"
    }

    /// What was searched, in words: "commitments and pledges in 5 strategies".
    var scope: String {
        let names = (kinds.isEmpty ? ["commitments, pledges, items, aims and measures"] : kinds.map { Self.plural($0) })
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + names.last! : names[0]
        return "\(list) in \(strategies) \(strategies == 1 ? "strategy" : "strategies")"
    }

    static func plural(_ kind: TextKind) -> String {
        switch kind {
        case .commitment: "commitments"
        case .pledge: "pledges"
        case .item: "items"
        case .aim: "aims"
        case .measure: "monitored measures"
        }
    }

    /// The hits as a table, or one sentence when there are none.
    public func document() -> Document {
        let table = Table(
            columns: ["Rank", "Council", "Strategy", "Kind", "Text", "Source", "Score"],
            rows: hits.enumerated().map { rank, hit in
                [String(rank + 1), hit.document.authority.name, Self.strategy(hit.document), hit.document.kind.rawValue, hit.document.text,
                 Self.source(hit.document), SimilarityView.format(hit.score)]
            },
            numericColumns: [0, 6],
            kinds: [.token, .prose, .token, .token, .prose, .prose, .token]
        )
        let title = "Search for \"\(query)\""
        guard !hits.isEmpty else {
            return Document(title: title, blocks: [.paragraph("Nothing matches \"\(query)\" among the \(scope).")], csvTable: table)
        }
        return Document(title: title, blocks: [
            .table(table),
            .note("Searched the \(scope) for the stems \(terms.map { "\"\($0)\"" }.joined(separator: ", ")). Ranked by BM25: rarer words weigh more; hits holding the words side by side in order come first; scores compare only within this search."),
        ], csvTable: table)
    }
}
