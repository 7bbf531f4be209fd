import CorporateParenting
import CPSEngine

/// The words that introduce a list of commitments or actions ("We will:", "How will this be achieved?", "Our
/// pledge"), and the kind of action the list's lines are.
enum LeadIn {
    /// Phrases, lower case, and the action kind of what follows them.
    static let phrases: [(String, ActionKind)] = [
        ("how will this be achieved", .action), ("how we will achieve", .action), ("what we will do", .action),
        ("what will we do", .action), ("what more can we do", .action), ("actions", .action), ("key actions", .action),
        ("how we will do this", .action), ("what are we going to do", .action), ("we will do this by", .action),
        ("our pledge", .promise), ("we promise", .promise), ("our promise", .promise), ("pledge", .promise), ("promise", .promise),
        ("what we need to improve", .improvement), ("areas for improvement", .improvement), ("we need to", .improvement),
        ("what this means in practice", .practice), ("in practice", .practice),
        ("we will", .commitment), ("we are committed to", .commitment), ("our commitment", .commitment), ("we commit to", .commitment),
        ("we want to", .commitment), ("we aim to", .commitment), ("corporate parents will", .commitment), ("we must", .commitment),
    ]

    /// The action kind when `text` ends in (or is) a lead-in, or nil.
    static func kind(ending text: String) -> ActionKind? {
        var key = DraftText.normalised(text)
        for (phrase, kind) in phrases {
            if key == phrase || key.hasSuffix(" " + phrase) || key.hasSuffix("." + phrase) { return kind }
        }
        // "We will:" inside a longer paragraph ending with a colon: "...taking account of their views. We will:"
        if text.hasSuffix(":") {
            if let last = key.split(separator: ".").last { key = last.trimmingCharacters(in: " ") }
            for (phrase, kind) in phrases where key.hasPrefix(phrase) || key.contains(" " + phrase) { return kind }
            return key.contains(" will ") ? .commitment : nil
        }
        return nil
    }

    /// The action kind when a heading is itself a lead-in ("What we will do", "Our Pledge"), or nil.
    static func kind(heading: String) -> ActionKind? {
        let key = DraftText.normalised(heading)
        for (phrase, kind) in phrases where phrase.count > 6 && (key == phrase || key.hasPrefix(phrase + " ") || key.hasPrefix(phrase + "/") || key.hasPrefix(phrase + ":")) {
            return kind
        }
        return nil
    }

    /// Whether a short line is only a lead-in and so never a heading ("We will", "Our vision is:").
    static func isBare(_ text: String) -> Bool {
        let key = DraftText.normalised(text)
        if ["we will", "our vision is", "we will:", "we want", "we are committed to", "this means", "we promise", "we aim to", "our aim is"].contains(key) { return true }
        return false
    }
}
