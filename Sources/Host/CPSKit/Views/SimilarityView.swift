import CorporateParenting
import CPSEngine

/// What `cps similarity` shows: the pairwise matrices, or one council's nearest strategies.
public struct SimilarityView: Renderable {
    /// The similarity by framework tags.
    public var matrix: SimilarityMatrix
    /// The similarity by text, when asked for.
    public var text: TextSimilarity?
    /// The council whose nearest strategies to show, if one was named.
    public var focus: String?

    /// Shows the tag similarity alone (the report's use), or beside the text similarity.
    public init(matrix: SimilarityMatrix, text: TextSimilarity? = nil, focus: String? = nil, method: SimilarityMethod = .tags) {
        self.matrix = matrix
        self.text = method.showsText ? text : nil
        self.focus = focus
        showsTags = method.showsTags || self.text == nil
    }

    /// Whether the tag similarity is shown.
    var showsTags: Bool

    enum CodingKeys: String, CodingKey {
        case authorities, scores, textScores
    }

    /// Encodes the matrices (`scores` by tags, `textScores` by text), or the focus's nearest strategies.
    public func encode(to encoder: any Encoder) throws {
        if let focus {
            let neighbours = nearest(focus).map {
                Nearest.Neighbour(id: $0.authority.id, name: $0.authority.name, similarity: showsTags ? $0.tags : nil, textSimilarity: $0.text.map(Self.rounded))
            }
            try Nearest(authority: focus, nearest: neighbours).encode(to: encoder)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(matrix.authorities, forKey: .authorities)
        if showsTags { try container.encode(matrix.scores, forKey: .scores) }
        if let text { try container.encode(text.scores.map { $0.map(Self.rounded) }, forKey: .textScores) }
    }

    struct Nearest: Encodable {
        struct Neighbour: Encodable {
            var id: String
            var name: String
            var similarity: Double?
            var textSimilarity: Double?
        }

        var authority: String
        var nearest: [Neighbour]
    }

    /// The other strategies nearest `focus`: by text when shown, else by tags; ties by id.
    func nearest(_ focus: String) -> [(authority: AuthorityRef, tags: Double, text: Double?)] {
        let tags = Dictionary(matrix.nearest(to: focus).map { ($0.authority.id, $0.score) }, uniquingKeysWith: { first, _ in first })
        if let text {
            return text.nearest(to: focus).map { ($0.authority, tags[$0.authority.id] ?? 0, $0.score) }
        }
        return matrix.nearest(to: focus).map { ($0.authority, $0.score, nil) }
    }

    static let method = "Similarity is the mean of three Jaccard indices (shared over all members): the outcome domains the strategies' items (priorities, outcomes, themes, pledges and the items under them) serve, the principles they serve, and the standard measures they monitor (figures quoted as context do not count); a set empty in both strategies is left out. 1 is identical, 0 nothing in common."

    static let textMethod = "Text similarity compares what the strategies say: everything each commits to (commitments and pledges) and its aims, split into words, common words dropped and each word cut to its stem, each word weighted by TF-IDF (a word few commitments use weighs more) and the two strategies' weights compared by cosine. 1 is the same words in the same proportions, 0 no word in common. Tags play no part; docs/similarity.md explains both."

    static let tagMethod = "Tag " + method.prefix(1).lowercased() + method.dropFirst()

    /// The matrices or the list.
    public func document() -> Document {
        if let focus, let name = matrix.authorities.first(where: { $0.id == focus })?.name {
            return nearestDocument(focus: focus, name: name)
        }
        var blocks: [Block] = []
        if let text {
            blocks.append(.table(square(caption: "Pairwise similarity of strategies by text", text.score)))
            blocks.append(.note(Self.textMethod))
        }
        if showsTags {
            blocks.append(.table(square(caption: text == nil ? "Pairwise similarity of strategies" : "Pairwise similarity of strategies by framework tags", matrix.score)))
            blocks.append(.note(text == nil ? Self.method : Self.tagMethod))
        }
        return Document(title: "Similarity of strategies", blocks: blocks, csvTable: text != nil && showsTags ? pairTable : nil)
    }

    func nearestDocument(focus: String, name: String) -> Document {
        let list = nearest(focus)
        let rows = list.enumerated().map { rank, entry in
            [String(rank + 1), entry.authority.name] + (entry.text.map { [Self.format($0)] } ?? []) + (showsTags ? [Self.format(entry.tags)] : [])
        }
        let columns = ["Rank", "Strategy"] + (text == nil ? [] : ["Text similarity"]) + (showsTags ? [text == nil ? "Similarity" : "Tag similarity"] : [])
        let notes: [Block] = (text == nil ? [] : [.note(Self.textMethod)]) + (showsTags ? [.note(text == nil ? Self.method : Self.tagMethod)] : [])
        return Document(title: "Strategies nearest \(name)", blocks: [
            .table(Table(columns: columns, rows: rows, numericColumns: Set([0] + Array(2..<columns.count)))),
        ] + notes)
    }

    func square(caption: String, _ score: (Int, Int) -> Double) -> Table {
        Table(
            caption: caption,
            columns: [""] + matrix.authorities.map(\.shortName),
            rows: matrix.authorities.indices.map { row in
                [matrix.authorities[row].shortName] + matrix.authorities.indices.map { Self.format(score(row, $0)) }
            },
            numericColumns: Set(1...max(1, matrix.authorities.count)),
            rowHeaders: true
        )
    }

    /// CSV with both: one row per ordered pair, with both scores.
    var pairTable: Table {
        var rows: [[String]] = []
        for row in matrix.authorities.indices {
            for column in matrix.authorities.indices {
                rows.append([matrix.authorities[row].id, matrix.authorities[column].id, Self.format(text?.score(row, column) ?? 0), Self.format(matrix.score(row, column))])
            }
        }
        return Table(columns: ["authority", "other", "text_similarity", "tag_similarity"], rows: rows, numericColumns: [2, 3])
    }

    static func rounded(_ score: Double) -> Double { (score * 1000).rounded() / 1000 }

    /// "0.625", with three decimals.
    static func format(_ score: Double) -> String {
        let thousandths = Int((score * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
