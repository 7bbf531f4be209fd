/// How text is compared with standard measures' topic phrases: lower case, every run of punctuation and spaces one
/// space, with a space at each end, so a phrase is found only where a word starts.
///
/// "Ensure the Looked-after Children's immunisations are up to date" becomes
/// " ensure the looked after children s immunisations are up to date ", which holds the topic "immunis".
enum TopicText {
    /// Appends the text's bytes: ASCII letters lower-cased, ASCII letters and digits and every non-ASCII byte kept,
    /// anything else a single space; a space first and last.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(0x20)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: bytes.append(byte)
            default: if bytes.last != 0x20 { bytes.append(0x20) }
            }
        }
        if bytes.last != 0x20 { bytes.append(0x20) }
    }

    /// What a topic is searched for as: its normalised bytes starting with a space (the start of a word), and
    /// ending with one only when the topic is written with a final space (the end of a word).
    static func pattern(_ topic: String) -> [UInt8] {
        var pattern: [UInt8] = []
        append(topic, to: &pattern)
        if !topic.hasSuffix(" ") { pattern.removeLast() }
        return pattern
    }
}
