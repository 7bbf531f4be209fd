#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How alike strategies are in what they say: TF-IDF vectors of each strategy's text compared by cosine.
///
/// A strategy's text is everything it commits to (commitments and pledges) and its aims (``TextKind/strategyText``),
/// reduced to stemmed terms (``TextTokeniser``). A term weighs `(1 + ln tf) * idf`, where tf is how often the
/// strategy uses it and `idf = ln((1 + N) / (1 + df)) + 1` over the N commitments, pledges and aims of all the
/// strategies compared, df of them using it: a word most commitments use counts for little, a rare one for much. Each vector is scaled
/// to length 1, so a long strategy is not closer to everything; the similarity of two is the cosine of their
/// vectors, 1 for the same words in the same proportions, 0 for no word in common. Tags (mappings to principles
/// and domains) play no part, so re-tagging a priority cannot move it. docs/similarity.md explains more.
public struct TextSimilarity: PairwiseScores, Codable, Sendable {
    /// The strategies, in row and column order.
    public var authorities: [AuthorityRef]
    /// Entry `i * count + j` is the cosine of strategies i and j, unrounded.
    private var cells: [Double]

    /// The text similarity of strategies `i` and `j`.
    public func score(_ i: Int, _ j: Int) -> Double { cells[i * authorities.count + j] }

    /// Encodes the strategies and the square matrix, each score rounded to three decimals as printed.
    public func encode(to encoder: any Encoder) throws { try encodeSquare(to: encoder) }

    /// Decodes the strategies and the matrix.
    public init(from decoder: any Decoder) throws {
        (authorities, cells) = try Self.decodeSquare(from: decoder)
    }

    /// The text similarity of every pair of the profiled strategies.
    public static func matrix(_ profiles: [PackProfile]) -> TextSimilarity {
        TextSimilarity(TextIndex(profiles))
    }

    /// Works out every pair of the index's strategies, rows spread over the machine's cores.
    public init(_ index: TextIndex) {
        authorities = index.strategies
        let vectors = index.strategyVectors()
        cells = Self.symmetricCells(count: vectors.count, diagonal: { vectors.start[$0] == vectors.start[$0 + 1] ? 0 : 1 },
                                    pair: { vectors.dot($0, $1) })
    }
}
