import CorporateParenting
import CPSEngine

/// The label a heading or list line prints for one of the document's items: "Priority 2", "Outcome 1", "Pledge 4".
struct ItemLabel: Equatable, Sendable {
    /// The level the word names.
    var level: ItemLevel
    /// The label as printed, such as "Priority 2".
    var label: String?
    /// The number, when printed.
    var number: Int?
    /// The title after the label ("Our Children are Respected" of "Priority 1: Our Children are Respected").
    var title: String

    /// The words that name item levels.
    static let words: [(String, ItemLevel)] = [
        ("priority", .priority), ("outcome", .outcome), ("pledge", .pledge), ("promise", .pledge), ("objective", .objective),
        ("theme", .theme), ("ambition", .priority),
    ]

    /// The label at the start of `text` ("Priority 1: ...", "Objective 3 - ..."), or nil.
    static func read(_ text: String) -> ItemLabel? {
        let lower = text.lowercased()
        for (word, level) in words where lower.hasPrefix(word + " ") {
            let rest = text.dropFirst(word.count + 1)
            let digits = rest.prefix { $0.isNumber }
            guard let number = Int(digits), digits.count <= 2 else { continue }
            let after = rest.dropFirst(digits.count)
            guard after.isEmpty || after.first == ":" || after.first == " " || after.first == "." || after.first == "-" || after.first == "\u{2013}" || after.first == ")" else { continue }
            let title = after.drop { ":.-) \u{2013}\u{2014}".contains($0) }
            return ItemLabel(level: level, label: String(text.prefix(word.count + 1 + digits.count)), number: number, title: title.isEmpty ? text : String(title))
        }
        return nil
    }

    /// The level a parent heading implies for the numbered items under it ("Our Priorities" -> priority), or nil.
    static func level(implied heading: String) -> ItemLevel? {
        let lower = heading.lowercased()
        if lower.contains("priorit") { return .priority }
        if lower.contains("outcomes") { return .outcome }
        if lower.contains("pledge") || lower.contains("promise") { return .pledge }
        if lower.contains("objectives") { return .objective }
        if lower.contains("themes") { return .theme }
        return nil
    }
}
