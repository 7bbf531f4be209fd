import CPSEngine
/// Finds a document's headings among its lines: headings the markup marks, entries of its contents page,
/// numbered headings ("1.", "1.2", "Priority 1:"), ALL-CAPS headings and short title lines standing alone.
struct OutlineFinder {
    /// The lines.
    let lines: [DraftLine]
    /// The contents page, when there is one.
    let contents: ContentsPage?

    /// The headings, in order, with their levels.
    func headings() -> [DraftHeading] {
        let marked = lines.contains { if case .heading = $0.shape { true } else { false } }
        let contentsKeys = Set((contents?.titles ?? []).map(DraftText.normalised))
        var found: [DraftHeading] = []
        var sawTopLevel = false
        for (index, line) in lines.enumerated() {
            if let contents, index >= contents.start, index < contents.end {
                if index == contents.start { found.append(DraftHeading(index: index, title: line.text, level: 1)) ; sawTopLevel = true }
                continue
            }
            if case .heading(let level) = line.shape {
                found.append(DraftHeading(index: index, title: line.text, level: level, label: ItemLabel.read(line.text)))
                continue
            }
            guard line.shape == .text || line.isListLine, !line.text.isEmpty else { continue }
            let text = line.shape == .text ? line.text : DraftText.clean(line.raw)
            let key = DraftText.normalised(text)
            let inContents = contentsKeys.contains(key) && DraftText.wordCount(text) <= 25
            if inContents {
                let numbered = Self.outlineNumber(text)
                let level = (numbered?.depth ?? 1) > 1 ? 2 : 1
                found.append(DraftHeading(index: index, title: text, level: level, label: ItemLabel.read(text)))
                sawTopLevel = true
                continue
            }
            if marked { continue }
            if line.shape == .text, isStandingAlone(index), sharesAContentsPattern(text) {
                found.append(DraftHeading(index: index, title: text, level: 1, label: ItemLabel.read(text)))
                continue
            }
            let numberedLine = if case .numbered = line.shape { true } else { false }
            guard line.shape == .text || numberedLine, isStandingAlone(index), titleLike(text) else { continue }
            if let label = ItemLabel.read(text) {
                found.append(DraftHeading(index: index, title: text, level: contents == nil ? 1 : 2, label: label))
                continue
            }
            if let numbered = Self.outlineNumber(text) {
                found.append(DraftHeading(index: index, title: text, level: contents == nil ? numbered.depth : 1 + numbered.depth))
                continue
            }
            if DraftText.isAllCaps(text) {
                found.append(DraftHeading(index: index, title: text, level: contents == nil ? 1 : 2))
                if contents == nil { sawTopLevel = true }
                continue
            }
            // Under a heading that leads in a list ("We Promise To;", "What we will do:"), short lines are the
            // list's lines printed without bullets, up to the next lead-in.
            if let last = found.last, Self.leadsInAList(last.title), listRunFollows(last.index, upTo: index),
               let ownEnd = text.last, !":;".contains(ownEnd)
            {
                continue
            }
            found.append(DraftHeading(index: index, title: text, level: sawTopLevel ? 2 : 1))
        }
        if marked { return Self.levelled(found) }
        return found
    }

    /// Markup levels made outline depths: a document's single top heading before all others is its title, not
    /// a section, and the shallowest level left becomes 1.
    static func levelled(_ headings: [DraftHeading]) -> [DraftHeading] {
        var headings = headings
        if let first = headings.first, headings.filter({ $0.level <= first.level }).count == 1, headings.count > 1 {
            headings.removeFirst()
        }
        let top = headings.map(\.level).min() ?? 1
        return headings.map { var heading = $0; heading.level = heading.level - top + 1; return heading }
    }

    /// "1.", "1.2", "2)" at the start of a heading, with its depth (1 for "3.", 2 for "3.1").
    static func outlineNumber(_ text: String) -> (depth: Int, number: Int)? {
        var depth = 0, number: Int?
        var index = text.startIndex
        while index < text.endIndex {
            let digits = text[index...].prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 2 else { break }
            depth += 1
            if number == nil { number = Int(digits) }
            index = text.index(index, offsetBy: digits.count)
            guard index < text.endIndex, text[index] == "." || text[index] == ")" else { break }
            index = text.index(after: index)
        }
        guard depth > 0, let number, index < text.endIndex, text[index] == " " else { return nil }
        return (depth, number)
    }

    /// Whether a line shows the pattern several contents entries share after a dash ("Health and Wellbeing –
    /// Working Group Chair: ..." when the contents has "Being Heard – Working Group Chair: ..."), so a heading the
    /// contents page left out is still found.
    func sharesAContentsPattern(_ text: String) -> Bool {
        guard let contents, DraftText.wordCount(text) <= 30 else { return false }
        func pattern(_ title: String) -> String? {
            let key = DraftText.normalised(title)
            guard let dash = key.firstRange(of: " - ") else { return nil }
            let tail = key[dash.upperBound...]
            guard let colon = tail.firstIndex(of: ":") else { return nil }
            let words = tail[..<colon]
            return words.split(separator: " ").count >= 2 ? String(words) : nil
        }
        guard let mine = pattern(text) else { return false }
        return contents.titles.compactMap(pattern).filter { $0 == mine }.count >= 2
    }

    /// Whether a heading leads in a list: it ends with a colon or semicolon and reads as a lead-in.
    static func leadsInAList(_ title: String) -> Bool {
        guard let end = title.last, ":;".contains(end) else { return false }
        return LeadIn.kind(heading: title) != nil || LeadIn.kind(ending: title) != nil
    }

    /// Whether every line between the heading at `start` and `end` is a short line standing alone (a list printed
    /// without bullets), with no bullet or paragraph between.
    func listRunFollows(_ start: Int, upTo end: Int) -> Bool {
        for line in lines[(start + 1)..<end] where line.shape != .blank {
            if line.shape != .text || DraftText.wordCount(line.text) > 25 { return false }
        }
        return true
    }

    /// Whether a line stands alone: a blank (or a heading's edge) before it and after it.
    func isStandingAlone(_ index: Int) -> Bool {
        let before = index == 0 || lines[index - 1].shape == .blank
        let after = index + 1 >= lines.count || lines[index + 1].shape == .blank
        guard before && after else { return false }
        // The next line with text must not carry on this one.
        if let next = lines[(index + 1)...].first(where: { $0.shape != .blank }), let first = next.text.first, first.isLowercase {
            return false
        }
        return true
    }

    /// Whether a line reads like a title: short, starting like a title, not a sentence, not a bare lead-in.
    func titleLike(_ text: String) -> Bool {
        let words = DraftText.wordCount(text)
        let limit = ItemLabel.read(text) == nil ? 16 : 30
        guard words >= 1, words <= limit, text.count <= 240, DraftText.startsLikeATitle(text) else { return false }
        if LeadIn.isBare(text) { return false }
        if let last = text.last, last == "," { return false }
        if let last = text.last, ";:".contains(last), words > 10 { return false }
        if text.hasSuffix(".") && words > 5 { return false }
        if text.hasSuffix("!") { return false }
        if let first = text.first, "\"\u{201C}'\u{2018}".contains(first) { return false }
        if text.contains("http") || text.contains("www.") || text.contains("@") { return false }
        // A line of digits and punctuation (a date, a period) is no heading; nor is a sentence of several clauses.
        if !text.contains(where: \.isLetter) { return false }
        if text.filter({ $0 == "." }).count >= 3 && !text.hasSuffix(".") { return false }
        return true
    }
}
