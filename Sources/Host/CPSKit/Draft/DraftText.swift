import CPSEngine
/// Small text helpers the drafter shares: cleaning a line, telling words, normalising for comparison.
enum DraftText {
    /// The line with non-breaking and other odd spaces made plain, tabs made spaces, runs of spaces made one, trimmed.
    static func clean(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        var space = false
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "\u{00A0}", "\u{2009}", "\u{202F}", "\u{200B}", "\t", " ", "\u{000C}", "\u{FEFF}":
                space = !out.isEmpty
            default:
                if space { out.append(" "); space = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text as compared: lower case, straight quotes, hyphens for dashes, single spaces, no trailing `.` `:` or `?`.
    static func normalised(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.unicodeScalars {
            var character = Character(scalar)
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}", "`": character = "'"
            case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}": character = "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": character = "-"
            default: break
            }
            if character.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" "); space = false }
            out += character.lowercased()
        }
        while let last = out.last, ".:?;,".contains(last) || last == " " { out.removeLast() }
        return out
    }

    /// The words of `text` (letters and digits), lower-cased.
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }
    }

    /// The number of words.
    static func wordCount(_ text: String) -> Int {
        text.split(separator: " ").count
    }

    /// Whether the text's letters are all capitals (and it has at least four of them).
    static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for character in text where character.isLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= 4
    }

    /// Whether the text starts with a capital letter, a digit or a quote.
    static func startsLikeATitle(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isUppercase || first.isNumber
    }

    /// Whether the text ends a sentence.
    static func endsASentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return ".!?;\u{201D}\"".contains(last)
    }

    /// `text` with a list marker at its start removed, and what the marker was; nil when there is none.
    static func listMarker(_ text: String) -> (shape: DraftLine.Shape, rest: String)? {
        guard let first = text.first else { return nil }
        let bullets: Set<Character> = ["\u{2022}", "\u{25E6}", "\u{25AA}", "\u{25A0}", "\u{25CF}", "\u{25CB}", "-", "*", "\u{2013}", "\u{2014}", "\u{27A2}", "\u{2713}", "\u{00B7}", "\u{F0B7}", "\u{F0A7}", "o", "+", "\u{25BA}", "\u{2043}"]
        if bullets.contains(first) {
            let rest = text.dropFirst()
            if first == "o" || first == "-" || first == "*" || first == "+" {
                guard rest.first == " " else { return nil }
            }
            let trimmed = rest.drop { $0 == " " }
            return trimmed.isEmpty ? nil : (.bullet, String(trimmed))
        }
        // "1." "2)" "(3)" "a)" followed by a space.
        var index = text.startIndex
        var open = false
        if text[index] == "(" { open = true; index = text.index(after: index) }
        var digits = ""
        while index < text.endIndex, text[index].isASCII, text[index].isNumber, digits.count < 3 {
            digits.append(text[index]); index = text.index(after: index)
        }
        var letter = false
        if digits.isEmpty, index < text.endIndex, text[index].isASCII, text[index].isLowercase {
            letter = true; index = text.index(after: index)
        }
        guard !digits.isEmpty || letter, index < text.endIndex else { return nil }
        let mark = text[index]
        guard mark == "." || mark == ")" || (open && mark == ")") else { return nil }
        if open && mark != ")" { return nil }
        index = text.index(after: index)
        guard index < text.endIndex, text[index] == " " || text[index] == "\t" else { return nil }
        let rest = text[index...].drop { $0 == " " || $0 == "\t" }
        guard !rest.isEmpty else { return nil }
        return (.numbered(Int(digits)), String(rest))
    }
}
