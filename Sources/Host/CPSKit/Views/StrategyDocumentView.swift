import CorporateParenting
import CPSEngine

/// What `cps render` writes: the strategy re-rendered from its pack as a readable document, under the document's
/// own headings, in its order, with its text as printed.
///
/// Nothing is added in the document's voice: no heading the document does not print, and the principles and
/// domains an item is mapped to appear only as a note that says whether the document states the mapping or it is
/// the encoder's judgement.
public struct StrategyDocumentView: Renderable {
    /// The pack.
    public let pack: AuthorityPack
    /// The framework, for the domains' names in mapping notes.
    public let framework: OutcomeFramework
    /// For each body, the text printed in its section (lower-cased), so a body's facts that text already states are
    /// not repeated; text elsewhere in the document does not count, so no fact is dropped for being said elsewhere.
    let textAroundBody: [ID<Body>: String]
    /// Every body's name, by id (attached action plans' included), for reporting lines.
    let bodyNames: [ID<Body>: String]

    /// Renders a pack.
    public init(pack: AuthorityPack, framework: OutcomeFramework) {
        self.pack = pack
        self.framework = framework
        var around: [ID<Body>: String] = [:], names: [ID<Body>: String] = [:]
        func note(_ section: Section) {
            // Made only for a section that holds a body, once.
            var text: String?
            func visit(_ entries: [Entry]) {
                for entry in entries {
                    switch entry {
                    case .section(let child): note(child)
                    case .item(let item): visit(item.content)
                    case .body(let body):
                        if text == nil { text = (Self.printed(section.content) + [section.heading]).joined(separator: "\n").lowercased() }
                        around[body.id] = text
                        if names[body.id] == nil { names[body.id] = body.name }
                        visit(body.content)
                    default: break
                    }
                }
            }
            visit(section.content)
        }
        for section in pack.sections + pack.actionPlans.flatMap(\.sections) { note(section) }
        textAroundBody = around
        bodyNames = names
    }

    /// Encodes as the pack.
    public func encode(to encoder: any Encoder) throws { try pack.encode(to: encoder) }

    /// The strategy as a document.
    public func document() -> Document {
        var blocks: [Block] = [.paragraph(pack.name)]
        if let subtitle = pack.document.subtitle { blocks.append(.paragraph(subtitle)) }
        blocks += self.blocks(pack.sections.map(Entry.section), level: 1, heading: nil)
        for plan in pack.actionPlans {
            // The plan's own title is printed on it; "Action plan" says only that it was published apart.
            blocks.append(.heading(plan.document.title, level: 1))
            blocks.append(.note("Published separately from the strategy, as the plan that delivers it" + (plan.document.period.start == nil && plan.document.period.end == nil ? "." : " (\(plan.document.period.compact)).")))
            blocks += self.blocks(plan.sections.map(Entry.section), level: 2, heading: nil)
        }
        blocks += closing
        let period = pack.document.period
        let years = period.start == nil && period.end == nil ? "" : " \(period.compact)"
        return Document(title: pack.document.title + years, blocks: blocks)
    }

    var closing: [Block] {
        var blocks: [Block] = []
        if pack.document.capture != .whole {
            blocks.append(.note("The pack captures \(PackText.captured(pack.document.capture))" + (pack.document.captureNote.map { ": \($0)" } ?? ".")))
        }
        blocks.append(.note("Rendered by cps from the \(pack.name) pack: the document's headings and text as the pack holds them. Notes beginning “Encoder's judgement” are the encoder's reading, not the document's words; `cps show \(pack.id)` gives what the pack records about every item."))
        return blocks
    }

    /// Whether `heading` already prints `text` (ignoring case), so it is not printed again beneath it.
    static func heading(_ heading: String?, prints text: String?) -> Bool {
        guard let heading, let text, !text.isEmpty else { return false }
        return heading.lowercased().contains(text.lowercased())
    }
}
