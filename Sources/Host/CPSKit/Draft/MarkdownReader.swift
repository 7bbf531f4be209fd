import CPSEngine
/// Reads Markdown into lines: `#` headings with their level, bullets, numbered lines, table rows; emphasis, links
/// and inline code are reduced to their text.
enum MarkdownReader {
    /// The lines of `text`.
    static func lines(_ text: String) -> [DraftLine] {
        var out: [DraftLine] = []
        var number = 0
        var fenced = false
        for line in PlainTextReader.splitLines(text) {
            number += 1
            let cleaned = DraftText.clean(line)
            if cleaned.hasPrefix("```") || cleaned.hasPrefix("~~~") { fenced.toggle(); out.append(blank(number)); continue }
            if fenced || cleaned.isEmpty || cleaned.hasPrefix("<!--") || isRule(cleaned) { out.append(blank(number)); continue }
            if cleaned.hasPrefix("#") {
                let level = cleaned.prefix { $0 == "#" }.count
                let rest = cleaned.dropFirst(level)
                if level <= 6, rest.first == " " {
                    var title = String(rest).trimmingCharacters(in: " ")
                    while title.hasSuffix("#") { title.removeLast() }
                    out.append(DraftLine(number: number, text: inline(title.trimmingCharacters(in: " ")), shape: .heading(level)))
                    continue
                }
            }
            if cleaned.hasPrefix("|") {
                let cells = cleaned.split(separator: "|").map { inline($0.trimmingCharacters(in: " ")) }
                if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { out.append(blank(number)); continue }
                out.append(DraftLine(number: number, text: cells.filter { !$0.isEmpty }.joined(separator: " | "), shape: .row))
                continue
            }
            var body = cleaned
            while body.hasPrefix(">") { body = String(body.dropFirst()).trimmingCharacters(in: " ") }
            if let marker = DraftText.listMarker(body) {
                out.append(DraftLine(number: number, text: inline(marker.rest), shape: marker.shape))
            } else if let previous = out.last, previous.shape == .text, !previous.text.isEmpty, LabelledField.read(body) == nil {
                out[out.count - 1].text += " " + inline(body)
                out[out.count - 1].last = number
            } else if let previous = out.last, previous.isListLine, line.hasPrefix("  ") {
                out[out.count - 1].text += " " + inline(body)
                out[out.count - 1].last = number
            } else {
                out.append(DraftLine(number: number, text: inline(body), shape: .text))
            }
        }
        return out
    }

    private static func blank(_ number: Int) -> DraftLine {
        DraftLine(number: number, text: "", shape: .blank)
    }

    private static func isRule(_ text: String) -> Bool {
        text.count >= 3 && (text.allSatisfy { $0 == "-" || $0 == " " } || text.allSatisfy { $0 == "*" || $0 == " " } || text.allSatisfy { $0 == "=" })
    }

    /// Emphasis markers, link targets and code ticks removed: `**We will**` is "We will", `[the offer](url)` is "the offer".
    static func inline(_ text: String) -> String {
        var out = ""
        var characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "*" || character == "`" || (character == "_" && (index + 1 < characters.count && characters[index + 1] == "_")) {
                index += 1
                continue
            }
            if character == "!" && index + 1 < characters.count && characters[index + 1] == "[" { index += 1; continue }
            if character == "]", index + 1 < characters.count, characters[index + 1] == "(",
               let close = characters[(index + 1)...].firstIndex(of: ")")
            {
                index = close + 1
                continue
            }
            if character == "[" && characters[index...].contains("]") { index += 1; continue }
            out.append(character)
            index += 1
        }
        characters = []
        return DraftText.clean(out)
    }
}
