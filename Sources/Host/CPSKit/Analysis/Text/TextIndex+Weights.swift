import Foundation

extension TextIndex {
    /// Each term's inverse document frequency over the strategies, `ln((1 + N) / (1 + df)) + 1`, where df counts the
    /// strategies whose text (``TextKind/strategyText``) uses the term; and each strategy's term counts.
    func strategyCounts() -> (idf: [Double], counts: [[Int32: Int]]) {
        var counts = [[Int32: Int]](repeating: [:], count: strategies.count)
        for document in documents.indices where TextKind.strategyText.contains(documents[document].kind) {
            let strategy = Int(strategyOf[document])
            for term in sequence[sequenceStart[document]..<sequenceStart[document + 1]] { counts[strategy][term, default: 0] += 1 }
        }
        var frequency = [Int](repeating: 0, count: terms.count)
        for strategy in counts { for term in strategy.keys { frequency[Int(term)] += 1 } }
        let total = Double(strategies.count)
        let idf = frequency.map { log((1 + total) / (1 + Double($0))) + 1 }
        return (idf, counts)
    }

    /// Each strategy's TF-IDF vector, of length 1.
    func strategyVectors() -> SparseVectors {
        let (idf, counts) = strategyCounts()
        var vectors = SparseVectors()
        for strategy in counts { vectors.append(counts: strategy, idf: idf) }
        return vectors
    }

    /// The strategy's documents (by place in ``documents``) of the given kinds, in order.
    func documents(ofStrategy strategy: Int, kinds: Set<TextKind>) -> [Int] {
        documents.indices.filter { strategyOf[$0] == Int32(strategy) && kinds.contains(documents[$0].kind) }
    }
}
