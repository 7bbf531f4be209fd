/// A council's texts made ready for finding standard measures' topic phrases in them, built once per council.
///
/// Each text is normalised as ``TopicText`` does and kept in one buffer, texts apart by a zero byte (which no
/// phrase holds, so no match runs from one text into the next). Every place a word starts is kept, sorted by the
/// word's first two bytes, so finding a phrase looks only at the words that could begin it: a binary search and a
/// few comparisons however long the strategy.
struct TopicIndex: Sendable {
    private var bytes: [UInt8] = []
    /// Where each text starts in ``bytes``, in order.
    private var textStarts: [Int] = []
    /// For each place a word starts, its first two bytes (high 16 bits of 64) and the place of the space before it.
    private var starts: [UInt64] = []

    init(_ texts: [String]) {
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 3 })
        for text in texts {
            textStarts.append(bytes.count)
            TopicText.append(text, to: &bytes)
            bytes.append(0)
        }
        for at in bytes.indices.dropLast(2) where bytes[at] == 0x20 {
            starts.append(Self.key(bytes[at + 1], bytes[at + 2]) << 48 | UInt64(at))
        }
        starts.sort()
    }

    private static func key(_ first: UInt8, _ second: UInt8) -> UInt64 { UInt64(first) << 8 | UInt64(second) }

    /// Each text that holds one of `topics`, in the texts' order, with the words of the first topic (in the
    /// topics' order) it holds.
    func mentions(of topics: [String]) -> [(text: Int, words: String)] {
        var found: [Int: String] = [:]
        for topic in topics {
            let pattern = TopicText.pattern(topic)
            guard pattern.count >= 3 else { continue }
            let key = Self.key(pattern[1], pattern[2]) << 48
            var place = lowerBound(key)
            while place < starts.count, starts[place] & ~0xFFFF_FFFF_FFFF == key {
                let at = Int(starts[place] & 0xFFFF_FFFF_FFFF)
                place += 1
                let text = self.text(at: at)
                guard found[text] == nil, let words = words(matching: pattern, at: at) else { continue }
                found[text] = words
            }
        }
        return found.keys.sorted().map { ($0, found[$0]!) }
    }

    /// The first place in ``starts`` at or after `key`.
    private func lowerBound(_ key: UInt64) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The number of the text holding the byte at `at`.
    private func text(at: Int) -> Int {
        var low = 0, high = textStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if textStarts[middle] <= at { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The words `pattern` covers when it stands at `start` (a space), to the end of the last word ("immunis" in
    /// "... immunisations are ..." gives "immunisations"); `nil` when it does not stand there.
    private func words(matching pattern: [UInt8], at start: Int) -> String? {
        guard start + pattern.count <= bytes.count else { return nil }
        for offset in pattern.indices where bytes[start + offset] != pattern[offset] { return nil }
        var end = start + pattern.count - 1
        while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0 { end += 1 }
        return String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
    }
}
