#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension TextIndex {
    /// Each term's inverse document frequency, `ln((1 + N) / (1 + df)) + 1`, over the N documents of the strategies'
    /// text (commitments, pledges and aims: ``TextKind/strategyText``), df of them holding the term; and each
    /// strategy's term counts over those documents.
    ///
    /// The idf is taken over documents rather than strategies so that it means the same with two strategies as
    /// with a thousand: a word most commitments use ("young") weighs little, one few use ("Staying Put") much.
    func strategyCounts() -> (idf: [Double], counts: [[Int32: Int]]) {
        var counts = [[Int32: Int]](repeating: [:], count: strategies.count)
        var frequency = [Int](repeating: 0, count: terms.count)
        var total = 0.0
        for document in documents.indices where TextKind.strategyText.contains(documents[document].kind) {
            let strategy = Int(strategyOf[document])
            let range = sequenceStart[document]..<sequenceStart[document + 1]
            for term in sequence[range] { counts[strategy][term, default: 0] += 1 }
            for term in Set(sequence[range]) { frequency[Int(term)] += 1 }
            total += 1
        }
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
