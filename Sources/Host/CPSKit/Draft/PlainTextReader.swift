import CPSEngine
/// Reads plain text (a PDF's text as extracted) into lines: page numbers dropped, repeated running headers and
/// footers dropped, bullets and numbers recognised, a paragraph broken over lines joined again.
enum PlainTextReader {
    /// The lines of `text`.
    static func lines(_ text: String) -> [DraftLine] {
        var raw: [DraftLine] = []
        var number = 0
        for line in splitLines(text) {
            number += 1
            let cleaned = DraftText.clean(line)
            if cleaned.isEmpty || isPageNumber(cleaned) {
                raw.append(DraftLine(number: number, text: "", shape: .blank, raw: line))
            } else if let marker = DraftText.listMarker(cleaned) {
                raw.append(DraftLine(number: number, text: marker.rest, shape: marker.shape, raw: line))
            } else {
                raw.append(DraftLine(number: number, text: cleaned, shape: .text, raw: line))
            }
        }
        return joinBroken(dropRunningLines(ColumnTable.unfolded(raw)))
    }

    /// The lines of a text, split at `\n`, `\r\n`, `\r` and form feeds.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousCR { lines.append(current) }
                current = ""
                previousCR = false
                continue
            }
            if previousCR { previousCR = false }
            if scalar == "\r" || scalar == "\u{000C}" {
                lines.append(current); current = ""
                previousCR = scalar == "\r"
                continue
            }
            current.unicodeScalars.append(scalar)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Whether a line is only a page number ("12", "Page 12", "Page 12 of 40", "12 | Page").
    static func isPageNumber(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.count <= 3, lower.allSatisfy(\.isNumber), !(lower.count == 2 && lower.hasPrefix("0")) { return true }
        let words = lower.split(separator: " ")
        if words.count == 2, words[0] == "page", words[1].allSatisfy(\.isNumber) { return true }
        if words.count == 4, words[0] == "page", words[2] == "of", words[1].allSatisfy(\.isNumber), words[3].allSatisfy(\.isNumber) { return true }
        if words.count == 3, words[1] == "|", words[0].allSatisfy(\.isNumber), words[2] == "page" { return true }
        return false
    }

    /// Lines printed on many pages (a running header or footer naming the strategy): short lines seen three times
    /// or more that name a strategy or carry a page number; they are made blank.
    static func dropRunningLines(_ lines: [DraftLine]) -> [DraftLine] {
        var counts: [String: Int] = [:]
        for line in lines where line.shape == .text && DraftText.wordCount(line.text) <= 10 {
            counts[DraftText.normalised(line.text), default: 0] += 1
        }
        var seen: Set<String> = []
        return lines.map { line in
            guard line.shape == .text else { return line }
            let key = DraftText.normalised(line.text)
            guard (counts[key] ?? 0) >= 3, key.contains("strategy") || key.contains("page") else { return line }
            // The first is the title; the rest repeat it.
            if seen.insert(key).inserted { return line }
            return DraftLine(number: line.number, text: "", shape: .blank, raw: line.raw)
        }
    }

    /// Joins a line that carries on the one before (no blank between, it starts in lower case and the one before
    /// does not end a sentence).
    static func joinBroken(_ lines: [DraftLine]) -> [DraftLine] {
        var out: [DraftLine] = []
        for line in lines {
            if line.shape == .text, let previous = out.last, previous.shape != .blank, previous.shape != .row,
               !DraftText.endsASentence(previous.text), let first = line.text.first, first.isLowercase,
               !previous.raw.contains("\t")
            {
                out[out.count - 1].text += " " + line.text
                out[out.count - 1].last = line.number
                continue
            }
            out.append(line)
        }
        return out
    }
}
