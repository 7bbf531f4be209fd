import CorporateParenting

/// What the analyses need of a pack, worked out once: its items and the metrics it monitors, mapped to principles
/// and domains, and its governance as the document states it.
///
/// Every ``Item`` is profiled, at whatever level the document sets it (priority, outcome, theme, pledge, objective,
/// key action); ``ProfiledItem/isPriority`` marks the top-level ones. An item serves the union of its mappings'
/// principles and domains, stated and judged alike (``ProfiledItem/statedPrincipleMask`` keeps the stated ones
/// apart); an item with no mapping of its own serves its parent's.
///
/// Only evidence of kind ``EvidenceKind/metric`` is a measure. A metric the strategy monitors is in ``measures``;
/// one it only quotes as context (``EvidencePurpose/context``) is in ``quoted`` and counts nowhere as monitored,
/// committed or evidencing a domain. A measure evidences the domain of its standard measure, else the domain it
/// names, else its item's domains; it serves its item's principles, or, outside any item, its domains' principles.
///
/// Principles and domains are also kept as bit masks (bit `n - 1` for principle `n`, bit `i` for the framework's
/// `i`th domain), so coverage, comparison and similarity over many packs do no searching. A profile is a class so
/// that the many analyses holding one share it rather than copying the pack.
public final class PackProfile: Sendable {
    /// The pack.
    public let pack: AuthorityPack
    /// The pack's entries gathered by kind, each with where it is printed.
    public let index: PackIndex
    /// Every item, in document order.
    public let items: [ProfiledItem]
    /// Every metric the strategy monitors, in document order.
    public let measures: [ProfiledMeasure]
    /// Every metric the document only quotes as context, in document order; no analysis counts these as monitored.
    public let quoted: [ProfiledMeasure]
    /// How results name the strategy (see ``AuthorityRef/labels(for:)``).
    public let label: String
    /// The pack's governance as the document states it, read when asked (coverage and similarity never ask, and
    /// reading it searches the text of every role).
    var governance: GovernanceReading { GovernanceReading(index) }

    /// Profiles a pack against a framework.
    public convenience init(_ pack: AuthorityPack, framework: OutcomeFramework) {
        self.init(pack, index: FrameworkIndex(framework))
    }

    /// Profiles packs against a framework, working out the framework's lookups once.
    public static func profiles(_ packs: [AuthorityPack], framework: OutcomeFramework) -> [PackProfile] {
        let index = FrameworkIndex(framework)
        return zip(packs, AuthorityRef.labels(for: packs)).map { PackProfile($0, index: index, label: $1) }
    }

    public init(_ pack: AuthorityPack, index framework: FrameworkIndex, label: String? = nil) {
        self.pack = pack
        self.label = label ?? pack.name
        let index = PackIndex(pack)
        self.index = index
        var builder = ProfileBuilder(index: index, framework: framework)
        builder.profileItems()
        builder.countUnderItems()
        builder.profileMetrics()
        items = builder.items
        measures = builder.measures
        quoted = builder.quoted
    }

    /// The reference results use for this pack.
    public var ref: AuthorityRef { AuthorityRef(pack, label: label) }

    /// The standard measures the strategy monitors.
    public var standardMeasures: Set<StandardMeasureID> {
        Set(measures.compactMap(\.evidence.standardMeasure))
    }

    /// The principles its items serve.
    public var principlesServed: Set<Int> { Set(items.flatMap(\.principles)) }

    /// The domains its items serve.
    public var domainsServed: Set<DomainID> { Set(items.flatMap(\.domains)) }

    /// Why the pack may not hold everything the document says, or `nil` when it captures the whole document:
    /// "the pack captures part of the document" (or none of it), or the sections it does not wholly capture.
    public var captureNote: String? {
        if pack.document.capture != .whole { return "the pack captures \(PackText.captured(pack.document.capture))" }
        let partial = index.outline.filter { $0.capture != .whole }
        guard !partial.isEmpty else { return nil }
        let headings = partial.prefix(3).map { "\"\($0.heading)\"" }.joined(separator: ", ")
        let more = partial.count > 3 ? " and \(partial.count - 3) more" : ""
        return "the pack does not wholly capture \(partial.count == 1 ? "the section" : "the sections") \(headings)\(more)"
    }

    /// The names of the levels the pack's items are at, in order of first appearance ("outcomes", "objectives").
    public var levelNames: [String] {
        var levels: [ItemLevel] = []
        for item in items where !levels.contains(item.level) { levels.append(item.level) }
        return levels.map(\.analysisPlural)
    }
}
