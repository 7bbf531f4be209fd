/// Splits English text into the terms the text index and text similarity compare.
///
/// A token is a run of ASCII letters, lower-cased, or a run of digits; everything else separates tokens, except an
/// apostrophe (' or ’), which is dropped so that "children's" reads as "childrens". So "Staying Put to 21" gives
/// `staying put to 21`, "18-25" gives `18` and `25`, and "18-21yrs" gives `18`, `21` and `yrs`: numbers are kept,
/// since "21" and "25" are what a care leavers' commitment turns on, but a range is two numbers. Letters outside ASCII separate tokens (the strategies
/// are in English). A term is a token that is not a stop word (``StopWords``) and not a single letter, stemmed by
/// ``PorterStemmer`` when it is all letters; numbers are kept as they are.
///
/// `Benchmarks/text_reference.py` tokenises the same way, byte for byte.
public enum TextTokeniser {
    /// The lower-case tokens of `text`, in order, stop words included.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        var digits = false
        func flush() {
            if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.first {
            bytes = bytes.dropFirst()
            switch byte {
            case 65...90, 97...122:
                if digits { flush() }
                digits = false
                current.append(byte | 0x20)
            case 48...57:
                if !digits { flush() }
                digits = true
                current.append(byte)
            case 39: continue
            case 0xE2 where bytes.starts(with: [0x80, 0x99]):  // ’, U+2019, in UTF-8
                bytes = bytes.dropFirst(2)
            default: flush()
            }
        }
        flush()
        return tokens
    }

    /// The terms of `text`, in order: tokens less stop words and single letters, stemmed.
    public static func terms(_ text: String) -> [String] {
        tokens(text).compactMap(term)
    }

    /// The term a token gives, or `nil` for a stop word or a single letter.
    public static func term(_ token: String) -> String? {
        guard !StopWords.all.contains(token) else { return nil }
        let isNumber = token.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        if isNumber { return token }
        guard token.utf8.count > 1 else { return nil }
        return PorterStemmer.stem(token)
    }
}
