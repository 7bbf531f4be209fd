import CorporateParenting
import CPSEngine

/// The document's title and period as its first lines print them.
struct DocumentTitle {
    /// The title line's index, when it is a line of its own.
    var index: Int?
    /// The title as printed.
    var text: String

    /// The title: the first line near the top naming a strategy (or the first heading or line of a Markdown or
    /// HTML page); nil when the document has no text.
    static func find(_ lines: [DraftLine], format: DraftFormat) -> DocumentTitle? {
        let top = lines.prefix(60).enumerated().filter { !$0.element.text.isEmpty }
        if let named = top.first(where: { $0.element.text.lowercased().contains("strategy") && DraftText.wordCount($0.element.text) <= 14 }) {
            return DocumentTitle(index: named.offset, text: named.element.text)
        }
        guard let first = top.first else { return nil }
        return DocumentTitle(index: first.offset, text: first.element.text)
    }

    /// The years the title page prints ("2023 - 2025", "2022–2026", "2018-21"); unknown when none is printed.
    static func period(_ lines: [DraftLine]) -> StrategyPeriod {
        for line in lines.prefix(60) where !line.text.isEmpty {
            let characters = Array(line.text.replacingAll("\u{2013}", with: "-").replacingAll("\u{2014}", with: "-"))
            var index = 0
            while index + 4 <= characters.count {
                guard let start = year(characters, index) else { index += 1; continue }
                var next = index + 4
                while next < characters.count, characters[next] == " " { next += 1 }
                let joinerOK: Bool
                if next < characters.count, characters[next] == "-" || characters[next] == "/" { next += 1; joinerOK = true }
                else if next + 1 < characters.count, characters[next] == "t", characters[next + 1] == "o" { next += 2; joinerOK = true }
                else { joinerOK = false }
                if joinerOK {
                    while next < characters.count, characters[next] == " " { next += 1 }
                    if let end = year(characters, next), end > start, end - start <= 10 { return .years(start, end) }
                    if next + 2 <= characters.count, characters[next].isNumber, characters[next + 1].isNumber,
                       next + 2 == characters.count || !characters[next + 2].isNumber, let short = Int(String(characters[next..<next + 2]))
                    {
                        let end = start / 100 * 100 + short
                        if end > start, end - start <= 10 { return .years(start, end) }
                    }
                }
                index += 4
            }
        }
        return StrategyPeriod()
    }

    private static func year(_ characters: [Character], _ index: Int) -> Int? {
        guard index + 4 <= characters.count, index == 0 || !characters[index - 1].isNumber,
              index + 4 == characters.count || !characters[index + 4].isNumber
        else { return nil }
        let text = String(characters[index..<index + 4])
        guard text.hasPrefix("20") || text.hasPrefix("19"), let value = Int(text) else { return nil }
        return value
    }
}
