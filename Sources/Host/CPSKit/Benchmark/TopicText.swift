/// Text made ready for finding a standard measure's topic phrases in it: lower case, every run of punctuation and
/// spaces one space, with a space at each end, so a phrase is found only where a word starts.
///
/// "Ensure the Looked-after Children's immunisations are up to date" becomes
/// " ensure the looked after children s immunisations are up to date ", which holds the topic "immunis".
struct TopicText: Sendable {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Self.normalised(text)
    }

    /// The text's bytes: ASCII letters lower-cased, ASCII letters and digits and every non-ASCII byte kept, anything
    /// else a single space; a space first and last.
    static func normalised(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = [0x20]
        bytes.reserveCapacity(text.utf8.count + 2)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: bytes.append(byte)
            default: if bytes.last != 0x20 { bytes.append(0x20) }
            }
        }
        if bytes.last != 0x20 { bytes.append(0x20) }
        return bytes
    }

    /// What a topic is searched for as: its normalised bytes starting with a space (the start of a word), and
    /// ending with one only when the topic is written with a final space (the end of a word).
    static func pattern(_ topic: String) -> [UInt8] {
        var pattern = normalised(topic)
        if !topic.hasSuffix(" ") { pattern.removeLast() }
        return pattern
    }

    /// The words `pattern` covers when it stands at `start` (a space), to the end of the last word ("immunis" in
    /// "... immunisations are ..." gives "immunisations"); `nil` when it does not stand there.
    func words(matching pattern: [UInt8], at start: Int) -> String? {
        guard start + pattern.count <= bytes.count else { return nil }
        for offset in pattern.indices where bytes[start + offset] != pattern[offset] { return nil }
        var end = start + pattern.count - 1
        while end < bytes.count, bytes[end] != 0x20 { end += 1 }
        return String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
    }
}
