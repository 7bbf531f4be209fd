/// A set of small non-negative integers as 64-bit words.
struct Bitset: Equatable, Sendable {
    private(set) var words: [UInt64] = []

    mutating func insert(_ member: Int) {
        let word = member >> 6
        if word >= words.count { words += Array(repeating: 0, count: word - words.count + 1) }
        words[word] |= 1 << UInt64(member & 63)
    }

    func contains(_ member: Int) -> Bool {
        let word = member >> 6
        return word < words.count && words[word] & (1 << UInt64(member & 63)) != 0
    }

    var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Shared members over all members; `nil` when both sets are empty.
    func jaccard(_ other: Bitset) -> Double? {
        var shared = 0, union = 0
        for index in 0..<max(words.count, other.words.count) {
            let a = index < words.count ? words[index] : 0
            let b = index < other.words.count ? other.words[index] : 0
            shared += (a & b).nonzeroBitCount
            union += (a | b).nonzeroBitCount
        }
        return union == 0 ? nil : Double(shared) / Double(union)
    }
}
