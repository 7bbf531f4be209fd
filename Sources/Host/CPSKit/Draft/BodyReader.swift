import CorporateParenting
import CPSEngine

/// Reads governance bodies from what a document prints: a board named with its meeting frequency, and youth groups
/// named with their ages ("Youth Ambassadors. 11yrs to 15yrs", "the Children in Care Council for young people aged
/// 11-15"). Only names, ages and frequencies printed are kept; no chair, member or date is added.
enum BodyReader {
    /// The ages printed in `text` ("aged 11-15", "11yrs to 15yrs", "16yrs plus", "aged 16+"), or nil.
    static func ages(in text: String) -> AgeRange? {
        let lower = text.lowercased().replacingAll("\u{2013}", with: "-").replacingAll("\u{2014}", with: "-")
        let characters = Array(lower)
        var index = 0
        while index < characters.count {
            guard characters[index].isNumber, index == 0 || !characters[index - 1].isNumber else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end].isNumber { end += 1 }
            guard let first = Int(String(characters[index..<end])), (5...25).contains(first) else { index = end; continue }
            let rest = String(characters[end...])
            let stripped = rest.hasPrefix("yrs") ? String(rest.dropFirst(3)) : rest.hasPrefix(" years") ? String(rest.dropFirst(6)) : rest
            let context = String(characters[max(0, index - 12)..<index])
            let aged = context.contains("aged") || context.contains("ages") || rest.hasPrefix("yrs") || rest.hasPrefix(" years")
            for joiner in ["-", " - ", " to ", "yrs to "] where stripped.hasPrefix(joiner) {
                let after = stripped.dropFirst(joiner.count)
                let digits = after.prefix { $0.isNumber }
                if let second = Int(digits), second > first, second <= 25, aged { return .between(first, second) }
            }
            if aged, stripped.hasPrefix("+") || stripped.hasPrefix(" plus") || stripped.hasPrefix(" and over") || stripped.hasPrefix(" and above") { return .from(first) }
            index = end
        }
        return nil
    }

    /// The name of a youth group printed before `ages` in `text`: the capitalised words ending in Council, Forum,
    /// Ambassadors, Group, Panel, Crew or Voice; or the whole of a short heading's words before the ages.
    static func youthGroupName(in text: String, heading: Bool) -> String? {
        let endings = ["council", "forum", "ambassadors", "group", "panel", "crew", "voice", "voices", "club", "board"]
        let words = text.split(separator: " ").map(String.init)
        var name: [String] = []
        for word in words {
            let bare = word.trimmingCharacters(in: ".").trimmingCharacters(in: ",").trimmingCharacters(in: "(").trimmingCharacters(in: ")")
            if let first = bare.first, first.isUppercase || (["of", "in", "and", "for"].contains(bare) && !name.isEmpty) {
                name.append(bare)
                if endings.contains(bare.lowercased()), name.count >= 2 || heading, name.first?.first?.isUppercase == true {
                    while let last = name.last, ["of", "in", "and", "for"].contains(last) { name.removeLast() }
                    if name.count > 2, name.first == "The" { name.removeFirst() }
                    let candidate = name.joined(separator: " ")
                    if heading || name.count >= 2 { return candidate }
                }
                if word.hasSuffix(".") || word.hasSuffix(",") { name = [] }
            } else {
                name = []
            }
        }
        return nil
    }

    /// A board a sentence names with how often it meets ("The Corporate Parenting Board meets quarterly"), or nil.
    static func board(in sentence: String) -> (name: String, meets: MeetingFrequency, planned: Bool)? {
        let lower = sentence.lowercased()
        let kinds = ["corporate parenting board", "corporate parenting panel", "corporate parenting committee", "corporate parenting partnership board"]
        guard let found = kinds.compactMap({ kind in lower.firstRange(of: kind).map { (kind, $0) } }).first else { return nil }
        let frequencies: [(String, Int?)] = [
            ("bi-monthly", 6), ("every two months", 6), ("every six weeks", 8), ("every 6 weeks", 8), ("every eight weeks", 6),
            ("monthly", 12), ("quarterly", 4), ("four times a year", 4), ("three times a year", 3), ("twice a year", 2),
            ("six times a year", 6), ("annually", 1), ("once a year", 1), ("every quarter", 4),
        ]
        guard let frequency = frequencies.first(where: { lower.contains($0.0) }) else { return nil }
        let offset = lower.distance(from: lower.startIndex, to: found.1.lowerBound)
        guard lower.count == sentence.count, offset + found.0.count <= sentence.count else { return nil }
        let start = sentence.index(sentence.startIndex, offsetBy: offset)
        let name = String(sentence[start...].prefix(found.0.count))
        let planned = lower.contains(" will meet") || lower.contains(" will be held")
        return (name, .stated(frequency.0, perYear: frequency.1), planned)
    }
}
