/// Where each word starts in a council's texts, keyed by the word's first two bytes, so finding a measure's topic
/// phrases looks only at the words that could begin one: a few lookups per phrase however long the strategy.
struct TopicIndex: Sendable {
    let texts: [TopicText]
    /// By a word's first two bytes, each place it starts: the text's number and the place of the space before it.
    private var starts: [UInt16: [(text: Int, at: Int)]] = [:]

    init(_ texts: [TopicText]) {
        self.texts = texts
        for (number, text) in texts.enumerated() {
            let bytes = text.bytes
            for at in bytes.indices.dropLast(2) where bytes[at] == 0x20 {
                starts[Self.key(bytes[at + 1], bytes[at + 2]), default: []].append((number, at))
            }
        }
    }

    private static func key(_ first: UInt8, _ second: UInt8) -> UInt16 { UInt16(first) << 8 | UInt16(second) }

    /// Each text that holds one of `topics`, in the texts' order, with the words of the first topic (in the
    /// topics' order) it holds.
    func mentions(of topics: [String]) -> [(text: Int, words: String)] {
        var found: [Int: String] = [:]
        for topic in topics {
            let pattern = TopicText.pattern(topic)
            guard pattern.count >= 3 else { continue }
            for place in starts[Self.key(pattern[1], pattern[2])] ?? [] where found[place.text] == nil {
                if let words = texts[place.text].words(matching: pattern, at: place.at) { found[place.text] = words }
            }
        }
        return found.keys.sorted().map { ($0, found[$0]!) }
    }
}
