extension TextSimilarity {
    /// The least cosine at which two commitments count as shared.
    public static let sharedThreshold = 0.25

    /// The commitments two strategies share most closely: pairs of one's commitments and pledges against the
    /// other's, by the cosine of their TF-IDF vectors (weights as for whole strategies, the idf from the index's
    /// strategies), best first, at most `limit`, none below ``sharedThreshold``. Each commitment is in at most one
    /// pair (the best pairs are taken first); ties go by the first's place, then the second's.
    public static func shared(_ index: TextIndex, _ first: Int, _ second: Int, limit: Int = 10) -> [SharedCommitment] {
        let kinds: Set<TextKind> = [.commitment, .pledge]
        let left = index.documents(ofStrategy: first, kinds: kinds)
        let right = index.documents(ofStrategy: second, kinds: kinds)
        let (idf, _) = index.strategyCounts()
        var vectors = SparseVectors()
        for document in left + right {
            var counts: [Int32: Int] = [:]
            for term in index.sequence[index.sequenceStart[document]..<index.sequenceStart[document + 1]] { counts[term, default: 0] += 1 }
            vectors.append(counts: counts, idf: idf)
        }
        var pairs: [(score: Double, i: Int, j: Int)] = []
        for i in left.indices {
            for j in right.indices {
                let score = vectors.dot(i, left.count + j)
                if score >= sharedThreshold { pairs.append((score, i, j)) }
            }
        }
        pairs.sort { ($0.score, $1.i, $1.j) > ($1.score, $0.i, $0.j) }
        var usedLeft = Set<Int>(), usedRight = Set<Int>()
        var shared: [SharedCommitment] = []
        for pair in pairs where shared.count < limit && !usedLeft.contains(pair.i) && !usedRight.contains(pair.j) {
            usedLeft.insert(pair.i)
            usedRight.insert(pair.j)
            shared.append(SharedCommitment(score: pair.score, first: index.documents[left[pair.i]], second: index.documents[right[pair.j]]))
        }
        return shared
    }
}
