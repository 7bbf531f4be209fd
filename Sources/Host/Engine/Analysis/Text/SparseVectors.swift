#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Many sparse vectors stored flat: vector v's term numbers (ascending) and weights are
/// `terms/weights[start[v]..<start[v + 1]]`, so a dot product is one merge over two runs of memory.
struct SparseVectors: Sendable {
    var terms: [Int32] = []
    var weights: [Double] = []
    var start: [Int] = [0]

    var count: Int { start.count - 1 }

    /// Appends a vector from term counts, weighting each term `(1 + ln count) * idf[term]` and scaling the whole to
    /// length 1 (a vector with no weight stays empty).
    mutating func append(counts: [Int32: Int], idf: [Double]) {
        let sorted = counts.keys.sorted()
        var values = sorted.map { (1 + log(Double(counts[$0]!))) * idf[Int($0)] }
        let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if norm > 0 {
            for index in values.indices { values[index] /= norm }
            terms += sorted
            weights += values
        }
        start.append(terms.count)
    }

    /// The dot product of vectors i and j: their cosine, since both have length 1. Summed in term order.
    @inline(__always)
    func dot(_ i: Int, _ j: Int) -> Double {
        terms.withUnsafeBufferPointer { terms in
            weights.withUnsafeBufferPointer { weights in
                var a = start[i], b = start[j]
                let aEnd = start[i + 1], bEnd = start[j + 1]
                var total = 0.0
                while a < aEnd, b < bEnd {
                    let x = terms[a], y = terms[b]
                    if x == y {
                        total += weights[a] * weights[b]
                        a += 1
                        b += 1
                    } else if x < y {
                        a += 1
                    } else {
                        b += 1
                    }
                }
                return total
            }
        }
    }
}
