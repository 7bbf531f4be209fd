import CorporateParenting
import CPSEngine

/// What a drafted pack still holds to confirm, and confirming it: `accept` unwraps a section's drafts (the entry
/// kept, the wrapper gone) and makes its suggested mappings the encoder's judgement.
public enum DraftReview {
    /// Every draft entry and every suggested mapping outside one, by section, in document order.
    public static func rows(_ pack: AuthorityPack) -> [DraftReviewRow] {
        var rows: [DraftReviewRow] = []
        func walk(_ section: Section) {
            for entry in section.content {
                if case .section(let child) = entry { walk(child) } else { visit(entry, in: section, lines: nil, into: &rows) }
            }
        }
        pack.sections.forEach(walk)
        return rows
    }

    private static func visit(_ entry: Entry, in section: Section, lines: LineRange?, into rows: inout [DraftReviewRow]) {
        func written(_ range: LineRange) -> String { range.from == range.to ? "\(range.from)" : "\(range.from)-\(range.to)" }
        let range = lines.map(written) ?? ""
        switch entry {
        case .draft(let draft):
            let (kind, text) = EntryDescription.describe(draft.entry)
            rows.append(DraftReviewRow(section: section.id.rawValue, heading: section.heading, lines: written(draft.lines), kind: kind, text: text, suggestions: draft.suggestions))
            for inner in EntryDescription.children(of: draft.entry) { visit(inner, in: section, lines: draft.lines, into: &rows) }
        default:
            if EntryDescription.mappings(of: entry).contains(where: { $0.basis == .suggested }) {
                let (kind, text) = EntryDescription.describe(entry)
                let notes = EntryDescription.mappings(of: entry).filter { $0.basis == .suggested }.compactMap(\.note)
                rows.append(DraftReviewRow(section: section.id.rawValue, heading: section.heading, lines: range, kind: "suggested mapping on \(kind)", text: text, suggestions: notes))
            }
            for inner in EntryDescription.children(of: entry) { visit(inner, in: section, lines: lines, into: &rows) }
        }
    }

    /// The ids of every section, outline order.
    public static func sectionIDs(_ pack: AuthorityPack) -> [String] {
        var ids: [String] = []
        func walk(_ section: Section) {
            ids.append(section.id.rawValue)
            for case .section(let child) in section.content { walk(child) }
        }
        pack.sections.forEach(walk)
        return ids
    }

    /// `pack` with the drafts of section `id` (and its sub-sections), or of every section for `nil`, confirmed:
    /// each wrapper replaced by its entry, each suggested mapping there made `judged`. Returns how many drafts
    /// and mappings were confirmed; nil when no section has that id.
    public static func accept(_ pack: AuthorityPack, section id: String?) -> (pack: AuthorityPack, drafts: Int, mappings: Int)? {
        var pack = pack
        var drafts = 0, mappings = 0, found = id == nil
        func confirm(_ entries: [Entry]) -> [Entry] {
            entries.map { entry in
                var entry = entry
                while case .draft(let wrapped) = entry { entry = wrapped.entry; drafts += 1 }
                return EntryDescription.rewritten(entry, children: confirm) { mapping in
                    guard mapping.basis == .suggested else { return mapping }
                    mappings += 1
                    var judged = mapping
                    judged.basis = .judged
                    return judged
                }
            }
        }
        func walk(_ section: Section, accepting: Bool) -> Section {
            var section = section
            let here = accepting || section.id.rawValue == id
            if section.id.rawValue == id { found = true }
            section.content = section.content.map { entry in
                if case .section(let child) = entry { return .section(walk(child, accepting: here)) }
                return here ? confirm([entry])[0] : entry
            }
            return section
        }
        pack.sections = pack.sections.map { walk($0, accepting: id == nil) }
        return found ? (pack, drafts, mappings) : nil
    }
}
