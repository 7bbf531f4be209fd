import CorporateParenting
import CPSEngine

/// What `cps coverage --explain` shows: for one principle, domain or standard measure, each strategy's cell and
/// every entry behind it, with its kind, basis, words and section.
public struct CoverageExplanationView: Renderable {
    /// The explanation.
    public var explanation: CoverageExplanation

    /// Encodes as the explanation.
    public func encode(to encoder: any Encoder) throws { try explanation.encode(to: encoder) }

    /// "principle 6, Safe and stable", "the domain Voice and participation".
    var rowName: String {
        switch explanation.dimension {
        case .principle: "principle \(explanation.key), \(explanation.title)"
        case .domain: "the domain \(explanation.title)"
        case .measure: "the standard measure \(explanation.title)"
        }
    }

    /// A heading, a sentence and a table of entries per strategy; CSV gets one row per entry.
    public func document() -> Document {
        var blocks: [Block] = []
        for column in explanation.columns {
            blocks.append(.heading(column.authority.label, level: 1))
            blocks.append(.paragraph(summary(column)))
            guard !column.sources.isEmpty else { continue }
            blocks.append(.table(Table(
                columns: ["Kind", "Basis", "Entry", "Section"],
                rows: column.sources.map { [$0.kind.letter, basis($0), entry($0), $0.section] },
                kinds: [.token, .token, .prose, .prose]
            )))
        }
        blocks.append(.note("Kind: " + CoverageKind.legend + " Basis: stated, the document itself says the entry serves it; judged, the encoder's reading, never the council's words; inherited, the entry has no mapping of its own and serves what the item or body above it serves (a body, what the items it serves serve). Figures quoted only as context and mappings `cps draft` suggested never count."))
        return Document(title: "Coverage of \(rowName): the entries behind each cell", blocks: blocks, csvTable: longTable)
    }

    /// "Sefton: covered by an action with an owner or timescale (T* A+ M*); by what the document states: ...".
    func summary(_ column: CoverageExplanation.Column) -> String {
        let cell = column.cell
        guard !cell.isEmpty else {
            let capture = column.wholeCapture ? "" : " The pack does not capture the whole document, so this may be not captured rather than not stated."
            return "Nothing in the strategy, as captured, covers \(rowName)." + capture
        }
        let stated = cell.statedLevel == cell.level
            ? "the document states mappings that reach this level."
            : cell.isJudgedOnly
                ? "every mapping behind it is the encoder's judgement; the document states none."
                : "by the mappings the document states alone, it is \(cell.statedLevel.sentence)."
        return "\(cell.level.sentence.analysisCapitalised()) (\(cell.letters)): \(stated)"
    }

    /// "judged", or "stated, inherited" for an entry serving through the item or body above it.
    func basis(_ source: CoverageSource) -> String {
        source.basis.rawValue + (source.inherited ? ", inherited" : "")
    }

    /// The entry's words with what makes its kind: "Priority 2 \"Being heard\"", "Ask them. (owner: ...)".
    func entry(_ source: CoverageSource) -> String {
        var text = source.text
        if let level = source.itemLevel { text = "\(source.label ?? PackText.name(level).analysisCapitalised()) \"\(source.text)\"" }
        var details: [String] = []
        if let owner = source.owner { details.append("owner: \(owner)") }
        if let timeline = source.timeline { details.append("timeline: \(timeline)") }
        if let due = source.due { details.append("due: \(due)") }
        if let target = source.target { details.append("target: \(target)") }
        if let baseline = source.baseline { details.append("baseline: \(baseline)") }
        return details.isEmpty ? text : "\(text) (\(details.joined(separator: "; ")))"
    }

    var longTable: Table {
        Table(
            columns: ["authority", "level", "stated level", "kind", "basis", "inherited", "id", "text", "section", "path"],
            rows: explanation.columns.flatMap { column in
                column.sources.isEmpty
                    ? [[column.authority.id, column.cell.level.rawValue, column.cell.statedLevel.rawValue]]
                    : column.sources.map { source in
                        [column.authority.id, column.cell.level.rawValue, column.cell.statedLevel.rawValue, source.kind.rawValue,
                         source.basis.rawValue, source.inherited ? "yes" : "no", source.id ?? "", entry(source), source.section, source.path]
                    }
            }
        )
    }
}
