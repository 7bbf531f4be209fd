#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension TextIndex {
    /// BM25's term-frequency saturation.
    public static let k1 = 1.2
    /// BM25's length normalisation.
    public static let b = 0.75

    /// The documents matching `query`, best first, at most `filter.limit`.
    ///
    /// Each document holding at least one of the query's terms (``queryTerms(_:)``) is scored by Okapi BM25 (k1 1.2,
    /// b 0.75, idf `ln(1 + (N - n + 0.5) / (n + 0.5))` over every document in the index, whatever the filter).
    /// Documents holding the query's terms side by side in order (the exact phrase, once stop words are dropped)
    /// come first; then higher scores; ties go by strategy id, then by the document's place in its strategy.
    public func search(_ query: String, _ filter: TextFilter = TextFilter()) -> [TextHit] {
        let asked = Self.queryTerms(query)
        let wanted = asked.compactMap { termNumbers[$0] }
        // A term no document holds can match no phrase.
        let phrases = wanted.count > 1 && wanted.count == asked.count
        guard !wanted.isEmpty, filter.limit > 0, !documents.isEmpty else { return [] }
        let count = Double(documents.count)
        let average = Double(sequence.count) / count
        var scores = [Double](repeating: 0, count: documents.count)
        var matched = [Int32](repeating: 0, count: documents.count)
        var touched: [Int32] = []
        for term in wanted {
            let range = postingStart[Int(term)]..<postingStart[Int(term) + 1]
            let idf = log(1 + (count - Double(range.count) + 0.5) / (Double(range.count) + 0.5))
            for posting in range {
                let document = Int(postingDocuments[posting])
                guard filter.admits(documents[document].kind) else { continue }
                let frequency = Double(postingCounts[posting])
                let norm = Self.k1 * (1 - Self.b + Self.b * Double(length(document)) / average)
                if matched[document] == 0 { touched.append(Int32(document)) }
                scores[document] += idf * frequency * (Self.k1 + 1) / (frequency + norm)
                matched[document] += 1
            }
        }
        func before(_ a: (Int, Bool), _ b: (Int, Bool)) -> Bool {
            if a.1 != b.1 { return a.1 }
            if scores[a.0] != scores[b.0] { return scores[a.0] > scores[b.0] }
            let (first, second) = (documents[a.0].authority.id, documents[b.0].authority.id)
            return first != second ? first < second : a.0 < b.0
        }
        var ranked: [(Int, Bool)] = []
        for document in touched.map(Int.init) {
            let phrase = phrases && Int(matched[document]) == wanted.count && holdsPhrase(document, wanted)
            let candidate = (document, phrase)
            if ranked.count == filter.limit, let last = ranked.last, !before(candidate, last) { continue }
            let place = ranked.firstIndex { before(candidate, $0) } ?? ranked.count
            ranked.insert(candidate, at: place)
            if ranked.count > filter.limit { ranked.removeLast() }
        }
        return ranked.map { TextHit(document: documents[$0.0], score: scores[$0.0], phrase: $0.1 || asked.count == 1) }
    }

    /// Whether document d holds `terms` side by side, in order.
    func holdsPhrase(_ document: Int, _ terms: [Int32]) -> Bool {
        let slice = sequence[sequenceStart[document]..<sequenceStart[document + 1]]
        guard slice.count >= terms.count else { return false }
        var start = slice.startIndex
        while start + terms.count <= slice.endIndex {
            if slice[start..<(start + terms.count)].elementsEqual(terms) { return true }
            start += 1
        }
        return false
    }
}
