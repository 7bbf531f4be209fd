import CorporateParenting
import CPSEngine

/// The entry a paragraph's opening words make it: a commitment, an aim, a vision, a definition, a quote, a
/// rationale, or context.
enum ParagraphKind {
    /// The entry for `text`.
    static func entry(for text: String) -> Entry {
        let key = DraftText.normalised(text)
        if let first = text.first, "\"\u{201C}".contains(first) { return .narrative(Narrative(.voice, text)) }
        for opening in ["we will ", "we are committed to ", "we commit to ", "we shall "] where key.hasPrefix(opening) {
            return .action(Action(.commitment, text))
        }
        for opening in ["we promise ", "we pledge "] where key.hasPrefix(opening) { return .action(Action(.promise, text)) }
        for opening in ["our aim ", "our aims ", "we aim ", "the aim of ", "our ambition is", "our ambition for"] where key.hasPrefix(opening) {
            return .narrative(Narrative(.aim, text))
        }
        for opening in ["our vision ", "the vision ", "vision:"] where key.hasPrefix(opening) { return .narrative(Narrative(.vision, text)) }
        for opening in ["our mission "] where key.hasPrefix(opening) { return .narrative(Narrative(.mission, text)) }
        if let definition = definition(text) { return .definition(definition) }
        for opening in ["this is important because", "this matters because", "we know that", "research shows", "evidence shows", "because ", "why "] where key.hasPrefix(opening) {
            return .narrative(Narrative(.rationale, text))
        }
        if key.contains(" is important because ") || key.contains(" matters because ") { return .narrative(Narrative(.rationale, text)) }
        return .narrative(Narrative(.context, text))
    }

    /// A definition: a short subject before " means ", " is the term used to describe ", " is defined as " or
    /// " refers to "; the term is the subject without quotes or an article.
    static func definition(_ text: String) -> Definition? {
        for joiner in [" is the term used to describe ", " is the term used for ", " means ", " is defined as ", " refers to "] {
            guard let found = text.firstRange(of: joiner) else { continue }
            var term = String(text[..<found.lowerBound])
            for prefix in ["The term ", "the term ", "A ", "An ", "The "] where term.hasPrefix(prefix) { term = String(term.dropFirst(prefix.count)) }
            term = String(term.drop { "'\"\u{2018}\u{201C} ".contains($0) })
            while let last = term.last, "'\"\u{2019}\u{201D} ".contains(last) { term.removeLast() }
            guard !term.isEmpty, DraftText.wordCount(term) <= 5, term.first?.isLetter == true,
                  !["this", "it", "that", "which", "this strategy", "what this"].contains(term.lowercased())
            else { continue }
            return Definition(term: term, text: text)
        }
        return nil
    }
}
