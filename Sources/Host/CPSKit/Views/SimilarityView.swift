import CorporateParenting
import CPSEngine

/// What `cps similarity` shows: the pairwise matrix, or one council's nearest strategies.
public struct SimilarityView: Renderable {
    /// The matrix.
    public var matrix: SimilarityMatrix
    /// The council whose nearest strategies to show, if one was named.
    public var focus: String?

    /// Encodes the matrix, or the focus's nearest strategies.
    public func encode(to encoder: any Encoder) throws {
        if let focus {
            try Nearest(authority: focus, nearest: matrix.nearest(to: focus).map { Nearest.Neighbour(id: $0.authority.id, name: $0.authority.name, similarity: $0.score) }).encode(to: encoder)
        } else {
            try matrix.encode(to: encoder)
        }
    }

    struct Nearest: Encodable {
        struct Neighbour: Encodable {
            var id: String
            var name: String
            var similarity: Double
        }

        var authority: String
        var nearest: [Neighbour]
    }

    static let method = "Similarity is the mean of three Jaccard indices (shared over all members): the outcome domains the strategies' items (priorities, outcomes, themes, pledges and the items under them) serve, the principles they serve, and the standard measures they monitor (figures quoted as context do not count); a set empty in both strategies is left out. 1 is identical, 0 nothing in common."

    /// The matrix or the list.
    public func document() -> Document {
        if let focus, let name = matrix.authorities.first(where: { $0.id == focus })?.name {
            let rows = matrix.nearest(to: focus).enumerated().map { [String($0.offset + 1), $0.element.authority.name, Self.format($0.element.score)] }
            return Document(title: "Strategies nearest \(name)", blocks: [
                .table(Table(columns: ["Rank", "Strategy", "Similarity"], rows: rows, numericColumns: [0, 2])),
                .note(Self.method),
            ])
        }
        let table = Table(
            caption: "Pairwise similarity of strategies",
            columns: [""] + matrix.authorities.map(\.shortName),
            rows: matrix.authorities.indices.map { row in
                [matrix.authorities[row].shortName] + matrix.authorities.indices.map { Self.format(matrix.score(row, $0)) }
            },
            numericColumns: Set(1...max(1, matrix.authorities.count)),
            rowHeaders: true
        )
        return Document(title: "Similarity of strategies", blocks: [.table(table), .note(Self.method)])
    }

    /// "0.625", with three decimals.
    static func format(_ score: Double) -> String {
        let thousandths = Int((score * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
