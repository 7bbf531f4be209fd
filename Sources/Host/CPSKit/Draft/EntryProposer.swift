import CorporateParenting
import CPSEngine

/// Proposes the entries of one section from its blocks: items from numbered lists under a heading naming them,
/// actions from lists after a lead-in ("We will:"), action-plan rows and labelled lines, narrative of the right kind
/// from paragraphs, evidence from sentences with figures, bodies from a board's frequency or a youth group's ages.
/// Every entry is wrapped as a draft with its lines and what was suggested rather than read.
struct EntryProposer {
    /// The section's heading.
    var heading: String
    /// The heading of the section above it, when there is one.
    var parentHeading: String?
    /// The ids made so far in the pack.
    var ids: DraftIDs

    /// The entries for `blocks`, in order.
    mutating func entries(_ blocks: [DraftBlock], item label: ItemLabel?, firstLine: Int) -> [Entry] {
        var entries: [Entry] = []
        if let label {
            // An item's domains are suggested from its title and the words printed under it.
            let words = ([label.title] + blocks.flatMap { $0.lines.map(\.text) }).joined(separator: " ")
            let (mapping, _, sentences) = DraftKeywords.suggest(words)
            let item = Item(id: ID(rawValue: ids.make(label.title, fallback: label.level.rawValue)), level: label.level, label: label.label,
                            number: label.number, title: label.title, mappings: mapping.map { [$0] } ?? [])
            entries.append(Self.draft(.item(item), from: firstLine, to: firstLine, sentences))
        }
        if let ages = BodyReader.ages(in: heading), let name = BodyReader.youthGroupName(in: heading, heading: true) {
            let body = Body(id: ID(rawValue: ids.make(name, fallback: "group")), kind: .youthGroup, name: name, ages: ages)
            entries.append(Self.draft(.body(body), from: firstLine, to: firstLine, ["status in place read from the heading; check it"]))
        }
        var leadIn: ActionKind? = LeadIn.kind(heading: heading)
        let headingLeadIn = leadIn
        var lastAction: Int?
        for block in blocks {
            switch block.kind {
            case .list:
                for line in block.lines {
                    let numbered = if case .numbered = line.shape { true } else { false }
                    if leadIn == nil, numbered, let level = ItemLabel.level(implied: heading) {
                        let (mapping, _, sentences) = DraftKeywords.suggest(line.text)
                        let number: Int? = if case .numbered(let n) = line.shape { n } else { nil }
                        let item = Item(id: ID(rawValue: ids.make(line.text, fallback: level.rawValue)), level: level, number: number,
                                        title: line.text, mappings: mapping.map { [$0] } ?? [])
                        entries.append(Self.draft(.item(item), from: line.number, to: line.last, sentences))
                    } else if let kind = leadIn {
                        entries.append(action(kind, line.text, line.number, line.last))
                        lastAction = entries.count - 1
                    } else {
                        entries.append(contentsOf: paragraph(line.text, line.number, line.last))
                    }
                }
                leadIn = headingLeadIn
            case .rows:
                entries.append(contentsOf: ActionPlanTable.entries(block.lines, proposer: &self))
            case .paragraph:
                let line = block.lines[0]
                if let field = LabelledField.read(line.text) {
                    if field.isAction {
                        entries.append(action(.action, field.value, line.number, line.last))
                        lastAction = entries.count - 1
                        continue
                    }
                    if let at = lastAction, case .draft(var wrapped) = entries[at], case .action(var action) = wrapped.entry {
                        field.apply(to: &action)
                        wrapped.entry = .action(action)
                        wrapped.lines.to = max(wrapped.lines.to, line.last)
                        entries[at] = .draft(wrapped)
                        continue
                    }
                }
                if let kind = LeadIn.kind(ending: line.text) {
                    leadIn = kind
                    // The lead-in's own words before "We will:" are kept as narrative.
                    if DraftText.wordCount(line.text) > 4 { entries.append(contentsOf: paragraph(line.text, line.number, line.last)) }
                    continue
                }
                if let kind = headingLeadIn, DraftText.wordCount(line.text) <= 40, FigureReader.figures(in: line.text).isEmpty {
                    entries.append(action(kind, line.text, line.number, line.last))
                    lastAction = entries.count - 1
                    continue
                }
                let proposed = paragraph(line.text, line.number, line.last)
                entries.append(contentsOf: proposed)
                if proposed.count == 1, case .draft(let wrapped) = proposed[0], case .action = wrapped.entry { lastAction = entries.count - 1 }
            }
        }
        return entries
    }

    /// A proposed action of `kind`, with its suggested mapping.
    mutating func action(_ kind: ActionKind, _ text: String, _ from: Int, _ to: Int) -> Entry {
        let (mapping, _, sentences) = DraftKeywords.suggest(text)
        return Self.draft(.action(Action(kind, text, mappings: mapping.map { [$0] } ?? [])), from: from, to: to, sentences)
    }

    /// The entries a paragraph proposes: a commitment ("We will..."), an aim, a definition, a board, a youth group,
    /// evidence with figures, or narrative of the kind its words show.
    mutating func paragraph(_ text: String, _ from: Int, _ to: Int) -> [Entry] {
        var out: [Entry] = []
        if let board = BodyReader.board(in: text) {
            // The sentence is kept inside the body it describes.
            let body = Body(id: ID(rawValue: ids.make(board.name, fallback: "board")), kind: .board, name: board.name,
                            status: board.planned ? .planned : .inPlace, meets: board.meets, content: [.narrative(Narrative(.context, text))])
            return [Self.draft(.body(body), from: from, to: to, ["status \(board.planned ? "planned" : "in place") read from the sentence's tense; check it"])]
        }
        if let ages = BodyReader.ages(in: text), let name = BodyReader.youthGroupName(in: text, heading: false), !name.lowercased().contains("corporate parenting") {
            let body = Body(id: ID(rawValue: ids.make(name, fallback: "group")), kind: .youthGroup, name: name, status: .inPlace, ages: ages,
                            content: [.narrative(Narrative(.context, text))])
            return [Self.draft(.body(body), from: from, to: to, ["status in place assumed; check it"])]
        }
        let figures = FigureReader.figures(in: text)
        if !figures.isEmpty {
            let (_, measure, sentences) = DraftKeywords.suggest(text)
            let evidence = Evidence(kind: .metric, text: text, purpose: .context, standardMeasure: measure, unit: figures[0].unit, figures: figures)
            out.append(Self.draft(.evidence(evidence), from: from, to: to, sentences.filter { $0.hasPrefix("standard measure") } + ["purpose context: the figures are quoted, not a commitment to monitor; check it"]))
            return out
        }
        out.append(Self.draft(ParagraphKind.entry(for: text), from: from, to: to, []))
        if case .draft(let wrapped) = out[out.count - 1], case .action(let action) = wrapped.entry {
            out[out.count - 1] = self.action(action.kind, action.text, from, to)
        }
        return out
    }

    /// `entry` wrapped as a draft of lines `from...to` with its suggestions.
    static func draft(_ entry: Entry, from: Int, to: Int, _ suggestions: [String]) -> Entry {
        .draft(DraftEntry(lines: LineRange(from: from, to: max(from, to)), suggestions: suggestions, entry: entry))
    }
}
