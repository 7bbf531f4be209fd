import CorporateParenting
import CPSEngine

/// Reads the figures a sentence prints: percentages, rates per 10,000 and counts of children, each with the year
/// and scope only when the sentence prints them. Years, ages, dates and list numbers are not figures.
enum FigureReader {
    /// The figures of `sentence`, in order.
    static func figures(in sentence: String) -> [Figure] {
        let characters = Array(sentence)
        var figures: [Figure] = []
        var index = 0
        let period = year(in: sentence)
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber,
                  index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber || characters[index - 1] == "." || characters[index - 1] == "-")
            else { index += 1; continue }
            var end = index
            var text = ""
            while end < characters.count, (characters[end].isASCII && characters[end].isNumber) || ((characters[end] == "," || characters[end] == ".") && end + 1 < characters.count && characters[end + 1].isASCII && characters[end + 1].isNumber) {
                if characters[end] != "," { text.append(characters[end]) }
                end += 1
            }
            defer { index = max(end, index + 1) }
            guard let value = Double(text) else { continue }
            let after = String(characters[end..<min(characters.count, end + 24)]).lowercased()
            let unit: MeasureUnit
            let kind: FigureKind
            if after.hasPrefix("%") || after.hasPrefix(" %") || after.hasPrefix(" per cent") || after.hasPrefix(" percent") {
                unit = .percent; kind = .share
            } else if after.hasPrefix(" per 10,000") || after.hasPrefix(" per 10000") {
                unit = .per10k; kind = .rate
            } else if ["children", "young people", "care leavers", "looked after", "cared for", "foster", "placements", "young person", "child"].contains(where: { after.hasPrefix(" " + $0) }) {
                // A count of children, but not an age ("16 year olds") and not a year.
                if (1900...2100).contains(value) && !text.contains(".") { continue }
                unit = .count; kind = .count
            } else {
                continue
            }
            figures.append(Figure(value, unit, kind: kind, scope: scope(of: clause(characters, around: index, end)), period: period))
        }
        return figures
    }

    /// The first year printed in the sentence ("2023", "2022-23", "31st March 2023"), as printed; nil when none.
    static func year(in sentence: String) -> String? {
        let characters = Array(sentence)
        var index = 0
        while index + 4 <= characters.count {
            let slice = String(characters[index..<index + 4])
            let before = index == 0 ? " " : characters[index - 1]
            let after = index + 4 < characters.count ? characters[index + 4] : " "
            if (slice.hasPrefix("19") || slice.hasPrefix("20")), slice.allSatisfy(\.isNumber), !before.isNumber, !after.isNumber, before != "," {
                var end = index + 4
                if end + 2 < characters.count, characters[end] == "/" || characters[end] == "-", characters[end + 1].isNumber, characters[end + 2].isNumber {
                    end += 3
                    if end + 1 < characters.count, characters[end].isNumber, characters[end + 1].isNumber { end += 2 }
                }
                return String(characters[index..<end])
            }
            index += 1
        }
        return nil
    }

    /// The clause a figure sits in: from the comma, semicolon or "against" before it to the comma or semicolon after.
    static func clause(_ characters: [Character], around start: Int, _ end: Int) -> String {
        var from = start
        while from > 0, characters[from - 1] != ",", characters[from - 1] != ";" { from -= 1 }
        var to = end
        while to < characters.count, characters[to] != ",", characters[to] != ";" { to += 1 }
        var text = String(characters[from..<to])
        if let against = text.lowercased().firstRange(of: " against "), text.distance(from: text.startIndex, to: against.lowerBound) < start - from {
            text = String(text[against.upperBound...])
        }
        return text
    }

    /// Whose figure a clause gives: England's, the region's, statistical neighbours' or the council's own.
    static func scope(of sentence: String) -> Scope {
        let lower = sentence.lowercased()
        if lower.contains("statistical neighbour") { return .statisticalNeighbours }
        if lower.contains("national") || lower.contains("england") || lower.contains("nationally") { return .england }
        if lower.contains("regional") || lower.contains("region") { return .region }
        return .authority
    }
}
