import CPSEngine
/// A contents page found in a document: its entries' titles in order, and the lines it spans (which are not body).
struct ContentsPage: Equatable, Sendable {
    /// The entries' titles as printed, dot leaders and page numbers removed.
    var titles: [String]
    /// The index (into the drafter's lines) of the "Contents" line.
    var start: Int
    /// The index of the first line after the contents page.
    var end: Int

    /// The contents page of `lines`: a line reading "Contents" or "Table of Contents" in the first part of the
    /// document, then its entries: lines ending in a page number (a two-column page split at its tabs), or short
    /// lines up to the first line that repeats the first entry (where the body starts) or a paragraph.
    static func find(in lines: [DraftLine]) -> ContentsPage? {
        let limit = max(80, lines.count / 3)
        guard let start = lines.prefix(limit).firstIndex(where: { isContentsLine($0) }) else { return nil }
        var numbered: [(title: String, index: Int)] = []
        var plain: [(title: String, index: Int)] = []
        var index = start + 1
        var blanks = 0
        var firstTitle: String?
        scan: while index < lines.count {
            let line = lines[index]
            if line.shape == .blank {
                blanks += 1
                if blanks > 4 && !(numbered.isEmpty && plain.isEmpty) && numbered.count < 3 { break }
                index += 1
                continue
            }
            blanks = 0
            let entries = numberedEntries(line.raw)
            if !entries.isEmpty {
                numbered += entries.map { ($0, index) }
                index += 1
                continue
            }
            if !numbered.isEmpty {
                // A line without a page number inside a numbered page: kept when short, the page ends at prose.
                if DraftText.wordCount(line.text) <= 12, !DraftText.endsASentence(line.text), numbered.count < 3 || lines[index + 1 < lines.count ? index + 1 : index].shape != .blank {
                    if index + 1 < lines.count, !numberedEntries(lines[index + 1].raw).isEmpty {
                        numbered.append((title(line.text), index)); index += 1; continue
                    }
                }
                break scan
            }
            let text = title(line.text)
            if let firstTitle, DraftText.normalised(text) == DraftText.normalised(firstTitle), plain.count >= 2 { break }
            if DraftText.wordCount(text) > 14 || (DraftText.endsASentence(text) && !text.hasSuffix(":") && DraftText.wordCount(text) > 8) { break }
            if firstTitle == nil { firstTitle = text }
            plain.append((text, index))
            index += 1
        }
        let entries = numbered.count >= 3 ? numbered : plain
        guard entries.count >= 3, let last = entries.last else { return nil }
        let titles = entries.map(\.title).filter { !$0.isEmpty }
        return ContentsPage(titles: titles, start: start, end: numbered.count >= 3 ? last.index + 1 : last.index + 1)
    }

    /// Whether the line is the contents page's own heading.
    static func isContentsLine(_ line: DraftLine) -> Bool {
        let key = DraftText.normalised(line.text)
        return key == "contents" || key == "table of contents" || key == "content" || key == "contents page"
    }

    /// The entries a line with page numbers holds ("Foreword.....\t2"; "Vision\t6\t7. Developing independence\t34").
    static func numberedEntries(_ raw: String) -> [String] {
        let cells = raw.split(separator: "\t").map { DraftText.clean(String($0)) }.filter { !$0.isEmpty }
        var entries: [String] = []
        var pending: String?
        for cell in cells {
            if cell.count <= 3, !cell.contains(" "), pending != nil || cell.allSatisfy(\.isNumber) {
                if let text = pending { entries.append(title(text)); pending = nil } else { return [] }
            } else if let (text, _) = trailingNumber(cell) {
                if let text2 = pending { _ = text2; return [] }
                entries.append(title(text))
            } else {
                if pending != nil { return [] }
                pending = cell
            }
        }
        if let pending, raw.contains("\t"), entries.isEmpty, cells.count == 1, raw.hasSuffix("\t") { return [title(pending)] }
        return pending == nil ? entries : []
    }

    /// "Foreword..... 2" split into its title and number, when it ends in a page number after dots or spaces.
    static func trailingNumber(_ cell: String) -> (String, Int)? {
        let digits = cell.reversed().prefix { $0.isNumber }
        guard (1...3).contains(digits.count), digits.count < cell.count else { return nil }
        let before = cell.dropLast(digits.count)
        guard let mark = before.last, mark == " " || mark == "." || mark == "\u{2026}" else { return nil }
        let text = before.trimmingCharacters(in: " ")
        guard text.count > 1, let number = Int(String(digits.reversed())) else { return nil }
        return (String(text), number)
    }

    /// A title with its dot leader and trailing colon removed.
    static func title(_ text: String) -> String {
        var out = Substring(text)
        while let last = out.last, last == "." || last == " " || last == "\u{2026}" || last == "_" { out.removeLast() }
        return String(out)
    }
}
