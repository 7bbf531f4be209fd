import CorporateParenting
import CPSEngine

/// What `cps show` prints: one council's strategy for an analyst, in the document's own order and under its own
/// headings, with every item, action, piece of evidence and body labelled with what the pack records about it.
///
/// JSON is the pack itself; CSV is every entry of the outline on one row with its heading path (see ``entriesTable``).
public struct StrategyView: Renderable {
    /// The council's pack.
    public let pack: AuthorityPack
    /// Where it was loaded from.
    public let origin: AuthorityOrigin
    /// The framework, for the domains' names.
    public let framework: OutcomeFramework
    /// The pack, indexed once: heading paths and bodies' names.
    let index: PackIndex

    /// Shows a loaded authority.
    public init(_ authority: LoadedAuthority, framework: OutcomeFramework) {
        pack = authority.pack
        origin = authority.origin
        self.framework = framework
        index = PackIndex(authority.pack)
    }

    /// Encodes as the pack.
    public func encode(to encoder: any Encoder) throws {
        try pack.encode(to: encoder)
    }

    /// The header, the outline in the document's order, then where the document contradicts itself.
    public func document() -> Document {
        var run = BlockRun()
        run.append(.fields(overview))
        for section in pack.sections { show(.section(section), level: 1, into: &run) }
        for plan in pack.actionPlans {
            run.append(.heading("Action plan: \(plan.document.title)", level: 1))
            run.append(.fields(planFields(plan.document)))
            for section in plan.sections { show(.section(section), level: 2, into: &run) }
        }
        let blocks = run.finished() + inconsistencyBlocks
        return Document(
            title: "\(pack.name): \(pack.document.title) (\(pack.document.period.display))",
            blocks: blocks,
            csvTable: entriesTable
        )
    }

    /// What the pack records of an attached action plan as a document.
    func planFields(_ document: StrategyDocument) -> [Field] {
        var fields = [Field("Attached", "published separately; it delivers this strategy")]
        if let subtitle = document.subtitle { fields.append(Field("Subtitle", subtitle)) }
        fields.append(Field("Period", document.period.display))
        if let approved = document.approved { fields.append(Field("Approved", approved.description)) }
        if let status = document.status { fields.append(Field("Status", status)) }
        if let edition = document.edition { fields.append(Field("Edition", edition)) }
        fields.append(Field("Captured", PackText.captured(document.capture, of: "plan") + (document.captureNote.map { ": \($0)" } ?? "")))
        return fields
    }

    var overview: [Field] {
        let document = pack.document
        var fields = [Field("Id", pack.id), Field("Council", pack.name)]
        if let region = pack.region { fields.append(Field("Region", region)) }
        let codes = [pack.codes.ons.map { "ONS \($0)" }, pack.codes.dfe.map { "DfE \($0)" }].compactMap { $0 }
        if !codes.isEmpty { fields.append(Field("Codes", codes.joined(separator: ", "))) }
        fields.append(Field("Document", document.title))
        if let subtitle = document.subtitle { fields.append(Field("Subtitle", subtitle)) }
        fields.append(Field("Period", document.period.display))
        fields.append(Field("Review date", document.reviewDate?.description ?? Absent.notStated))
        if let approved = document.approved { fields.append(Field("Approved", approved.description)) }
        if let status = document.status { fields.append(Field("Status", status)) }
        if let edition = document.edition { fields.append(Field("Edition", edition)) }
        fields.append(Field("Captured", PackText.captured(document.capture) + (document.captureNote.map { ": \($0)" } ?? "")))
        fields.append(Field("Loaded from", origin.description))
        return fields
    }

    var inconsistencyBlocks: [Block] {
        guard !pack.inconsistencies.isEmpty else { return [] }
        var blocks: [Block] = [.heading("Where the document contradicts itself (\(pack.inconsistencies.count))", level: 1)]
        for inconsistency in pack.inconsistencies {
            blocks.append(.heading(inconsistency.topic, level: 2))
            blocks.append(.list(inconsistency.excerpts.map { "“\($0.text)” (\(sourceName($0.section)))" }))
        }
        return blocks
    }

    /// The heading path of a section ("Our Priorities › Being Heard"), or its id when the pack has no such section.
    func sourceName(_ section: ID<Section>) -> String {
        index.node(section) == nil ? section.rawValue : index.source(of: section)
    }

    /// A body's name, or its id when the pack has no such body.
    func bodyName(_ id: ID<Body>) -> String {
        index.bodies.first { $0.value.id == id }?.value.name ?? id.rawValue
    }

    /// An item's title as printed with its label, or its id when the pack has no such item.
    func itemName(_ id: ID<Item>) -> String {
        index.items.first { $0.value.id == id }.map { PackText.title($0.value) } ?? id.rawValue
    }
}
