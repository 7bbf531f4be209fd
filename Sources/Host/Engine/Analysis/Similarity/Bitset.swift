/// A set of small non-negative integers: the first 64 in one word, any beyond in more.
struct Bitset: Equatable, Sendable {
    private(set) var low: UInt64 = 0
    private(set) var high: [UInt64] = []

    mutating func insert(_ member: Int) {
        if member < 64 {
            low |= 1 << UInt64(member)
            return
        }
        let word = (member >> 6) - 1
        if word >= high.count { high += Array(repeating: 0, count: word - high.count + 1) }
        high[word] |= 1 << UInt64(member & 63)
    }

    func contains(_ member: Int) -> Bool {
        if member < 64 { return low & (1 << UInt64(member)) != 0 }
        let word = (member >> 6) - 1
        return word < high.count && high[word] & (1 << UInt64(member & 63)) != 0
    }

    /// Whether every member is below 64.
    var fitsInOneWord: Bool { high.allSatisfy { $0 == 0 } }

    var count: Int { low.nonzeroBitCount + high.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Shared members over all members; `nil` when both sets are empty.
    @inline(__always)
    func jaccard(_ other: Bitset) -> Double? {
        var shared = (low & other.low).nonzeroBitCount, union = (low | other.low).nonzeroBitCount
        if !high.isEmpty || !other.high.isEmpty {
            for index in 0..<max(high.count, other.high.count) {
                let a = index < high.count ? high[index] : 0
                let b = index < other.high.count ? other.high[index] : 0
                shared += (a & b).nonzeroBitCount
                union += (a | b).nonzeroBitCount
            }
        }
        return union == 0 ? nil : Double(shared) / Double(union)
    }
}
