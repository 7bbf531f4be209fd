import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation

/// How well a draft of a seed document matches the built-in pack hand-encoded from it.
///
/// Headings: the built-in outline's headings (every level), normalised (``DraftText``-style: lower case, straight
/// quotes, hyphens for dashes, single spaces, no trailing `.` `:` `?`), counted when found in the draft's outline in
/// the same order (a greedy walk: each is looked for after the previous one found). Commitment texts: the text of
/// every Action entry (every kind: commitment, action, improvement, practice, promise) in the built-in pack, counted
/// when it appears (normalised, as a substring, so a bullet joined with the next line still counts) in the text of an
/// entry of the draft section whose heading matches the built-in section's heading, that section's sub-sections
/// included.
struct DraftSeedMeasure {
    var headingsFound: Int
    var headingsTotal: Int
    var commitmentsFound: Int
    var commitmentsTotal: Int
    var missingHeadings: [String]
    var missingCommitments: [String]

    var headingShare: Double { headingsTotal == 0 ? 1 : Double(headingsFound) / Double(headingsTotal) }
    var commitmentShare: Double { commitmentsTotal == 0 ? 1 : Double(commitmentsFound) / Double(commitmentsTotal) }

    /// Text as compared: the drafter's own normalisation (case, quotes, dashes, spaces, closing punctuation).
    static func key(_ text: String) -> String { DraftText.normalised(text) }

    init(builtIn: AuthorityPack, draft: AuthorityPack) {
        let expected = PackIndex(builtIn).outline.map(\.heading)
        let drafted = Self.headings(draft.sections)
        var position = 0
        var found = 0
        var missing: [String] = []
        for heading in expected {
            let wanted = Self.key(heading)
            if let at = drafted[position...].firstIndex(where: { Self.key($0.heading) == wanted }) {
                found += 1
                position = at + 1
            } else {
                missing.append(heading)
            }
        }
        headingsFound = found
        headingsTotal = expected.count
        missingHeadings = missing
        // Commitments, each with the heading of the section it sits in.
        let texts = Self.actions(builtIn.sections)
        var sectionTexts: [String: [String]] = [:]
        for section in Self.headings(draft.sections) {
            sectionTexts[Self.key(section.heading), default: []].append(contentsOf: Self.texts(section.content).map(Self.key))
        }
        var foundTexts = 0
        var missingTexts: [String] = []
        for (heading, text) in texts {
            let wanted = Self.key(text)
            if sectionTexts[Self.key(heading)]?.contains(where: { $0.contains(wanted) }) == true {
                foundTexts += 1
            } else {
                missingTexts.append("\(heading): \(text)")
            }
        }
        commitmentsFound = foundTexts
        commitmentsTotal = texts.count
        missingCommitments = missingTexts
    }

    static func headings(_ sections: [Section]) -> [Section] {
        sections.flatMap { section in [section] + headings(section.content.compactMap { if case .section(let s) = $0 { s } else { nil } }) }
    }

    static func actions(_ sections: [Section]) -> [(String, String)] {
        sections.flatMap { section in
            actions(in: section.content, heading: section.heading)
        }
    }

    static func actions(in entries: [Entry], heading: String) -> [(String, String)] {
        entries.flatMap { entry -> [(String, String)] in
            switch entry {
            case .section(let child): return actions(in: child.content, heading: child.heading)
            case .action(let action): return [(heading, action.text)]
            case .item(let item): return actions(in: item.content, heading: heading)
            case .body(let body): return actions(in: body.content, heading: heading)
            case .draft(let draft): return actions(in: [draft.entry], heading: heading)
            default: return []
            }
        }
    }

    /// Every text of the entries, sub-sections included.
    static func texts(_ entries: [Entry]) -> [String] {
        entries.flatMap { entry -> [String] in
            switch entry {
            case .section(let child): return texts(child.content)
            case .draft(let draft): return texts([draft.entry])
            case .item(let item): return [item.title] + texts(item.content)
            case .body(let body): return [body.name] + texts(body.content)
            default:
                let described = DraftReview.rows(AuthorityPack(id: "x", name: "x", document: StrategyDocument(title: "x"), sections: [Section(id: "x", heading: "x", content: [entry])]))
                return described.map(\.text) + textOf(entry)
            }
        }
    }

    static func textOf(_ entry: Entry) -> [String] {
        switch entry {
        case .narrative(let n): [n.text]
        case .action(let a): [a.text]
        case .evidence(let e): [e.text]
        case .definition(let d): [d.text]
        default: []
        }
    }
}
