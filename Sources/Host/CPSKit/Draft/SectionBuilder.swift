import CorporateParenting
import CPSEngine

/// Builds the outline's sections from the headings found: each heading's lines up to the next heading become its
/// blocks and proposed entries; a heading nests under the nearest heading before it of a lower level.
struct SectionBuilder {
    /// The document's lines.
    let lines: [DraftLine]
    /// The headings, in order.
    let headings: [DraftHeading]
    /// The contents page, when there is one.
    let contents: ContentsPage?

    /// The sections, nested.
    func sections() -> [Section] {
        var ids = DraftIDs()
        var built: [(level: Int, section: Section)] = []
        var roots: [Section] = []
        func close(above level: Int) {
            while let last = built.last, last.level >= level {
                built.removeLast()
                if built.isEmpty { roots.append(last.section) } else { built[built.count - 1].section.content.append(.section(last.section)) }
            }
        }
        for (position, heading) in headings.enumerated() {
            let end = position + 1 < headings.count ? headings[position + 1].index : lines.count
            let line = lines[heading.index]
            let parent = built.last { $0.level < heading.level }?.section.heading
            var proposer = EntryProposer(heading: heading.title, parentHeading: parent, ids: ids)
            let sectionID = proposer.ids.make(heading.title, fallback: "section")
            let body = lines[(heading.index + 1)..<max(heading.index + 1, end)]
            let content: [Entry]
            if let contents, heading.index == contents.start {
                content = contentsEntries(body)
            } else {
                content = proposer.entries(DraftBlock.blocks(body), item: heading.label, firstLine: line.number)
            }
            ids = proposer.ids
            close(above: heading.level)
            built.append((heading.level, Section(id: ID(rawValue: sectionID), heading: heading.title, line: line.number, content: content)))
        }
        close(above: 0)
        return roots
    }

    /// A contents page's entries, each kept as narrative with its line.
    private func contentsEntries(_ body: ArraySlice<DraftLine>) -> [Entry] {
        body.filter { !$0.text.isEmpty }.map { line in
            let text = DraftText.clean(line.raw.replacingAll("\t", with: "  "))
            return EntryProposer.draft(.narrative(Narrative(.context, text.isEmpty ? line.text : text)), from: line.number, to: line.last, [])
        }
    }
}
