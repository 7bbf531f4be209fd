import CPSEngine
/// Joins a label printed on a line of its own to the title printed under it: "Appendix 1" and "Top Tips to Good
/// Corporate Parenting" make one heading, as do "01" and "Know My Story".
enum LabelLines {
    /// The lines with each such label joined to the title after it.
    static func joined(_ lines: [DraftLine], contents: Set<String> = []) -> [DraftLine] {
        var out: [DraftLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.shape == .text, isLabel(line.text), index == 0 || lines[index - 1].shape == .blank,
               let next = lines[(index + 1)...].firstIndex(where: { $0.shape != .blank }), next - index <= 3,
               lines[next].shape == .text, DraftText.wordCount(lines[next].text) <= 16, DraftText.startsLikeATitle(lines[next].text),
               !isLabel(lines[next].text), !contents.contains(DraftText.normalised(lines[next].text))
            {
                // The title's line is left blank, so lines keep their places.
                out.append(DraftLine(number: line.number, last: lines[next].last, text: line.text + " " + lines[next].text, shape: .text, raw: line.text + " " + lines[next].text))
                out.append(contentsOf: lines[(index + 1)..<next])
                out.append(DraftLine(number: lines[next].number, text: "", shape: .blank))
                index = next + 1
                continue
            }
            out.append(line)
            index += 1
        }
        return out
    }

    /// "Appendix 1", "Section 2", "Part 3", "01".
    static func isLabel(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        if words.count == 1, words[0].count == 2, words[0].hasPrefix("0"), words[0].allSatisfy(\.isNumber) { return true }
        guard words.count == 2, ["appendix"].contains(words[0].lowercased()) else { return false }
        return words[1].count <= 2 && words[1].allSatisfy { $0.isNumber || $0.isUppercase }
    }
}
