/// One council's corporate parenting strategy on the shared framework: the "authority pack" (schema version 2).
///
/// A pack keeps the document's own shape: ``sections`` is its outline, in the document's order, and everything
/// the document says sits in the section it is printed under. Where an item comes from (its `source`) is never
/// typed by hand; it is the path of headings above it (see ``PackIndex``). A pack holds what the document says and
/// nothing else: a figure, chair or date the document does not state is absent.
///
/// Councils built into the package write their pack in the DSL (see ``AuthorityDefinition``); anyone else writes
/// the same JSON by hand, starts from `cps init`, or upgrades a version 1 file with `cps migrate`.
public struct AuthorityPack: Codable, Equatable, Sendable {
    /// The schema version this build writes; version 1 files are upgraded when read (``PackMigration``).
    public static let currentSchemaVersion = 2

    /// The pack's schema version (``currentSchemaVersion``).
    public var schemaVersion: Int
    /// A stable, lower-case, hyphenated id such as `sefton`.
    public var id: String
    /// The council's name as it styles itself, such as "Sefton Council".
    public var name: String
    /// The council's ONS and DfE codes.
    public var codes: AuthorityCodes
    /// The English region as DfE names it, such as "North West".
    public var region: String?
    /// The document: title, period, dates and how much of it the pack captures.
    public var document: StrategyDocument
    /// The document's outline: its top-level sections in order, each holding its content and sub-sections.
    public var sections: [Section]
    /// Places where the document contradicts itself, each excerpt kept with its section.
    ///
    /// Alternate wordings of one title (a contents page against the body) are not contradictions; they are an
    /// item's ``Item/alternateTitles``.
    public var inconsistencies: [Inconsistency]
    /// Action plans published separately that deliver this strategy, each with its own document record and outline.
    public var actionPlans: [ActionPlan]

    /// Creates a pack from its parts; the DSL initialiser is usually more convenient.
    public init(
        schemaVersion: Int = AuthorityPack.currentSchemaVersion,
        id: String,
        name: String,
        codes: AuthorityCodes = AuthorityCodes(),
        region: String? = nil,
        document: StrategyDocument,
        sections: [Section] = [],
        inconsistencies: [Inconsistency] = [],
        actionPlans: [ActionPlan] = []
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.name = name
        self.codes = codes
        self.region = region
        self.document = document
        self.sections = sections
        self.inconsistencies = inconsistencies
        self.actionPlans = actionPlans
    }
}
