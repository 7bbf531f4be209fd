/// One council's corporate parenting strategy on the shared framework: the "authority pack".
///
/// This is the value model every engine and renderer reads, and the JSON that `cps export` writes and
/// `--authority-path` reads (schema version 1). It holds what the council's document says and nothing else:
/// a figure the document does not state is absent. Every item carries `source`, the section it comes from.
///
/// Councils built into the package write their pack in the DSL (see ``AuthorityDefinition``); anyone else can
/// write the same JSON by hand or start from `cps init`.
public struct AuthorityPack: Codable, Equatable, Sendable {
    /// The schema version this build writes and reads.
    public static let currentSchemaVersion = 1

    /// The pack schema version (``currentSchemaVersion``).
    public var schemaVersion: Int
    /// A stable, lower-case, hyphenated id such as `sefton`.
    public var id: String
    /// The council's name as it styles itself, such as "Sefton Council".
    public var name: String
    /// The council's ONS and DfE codes.
    public var codes: AuthorityCodes
    /// The English region (as DfE names it), such as "North West".
    public var region: String?
    /// The document: title, period, vision, values and signatories.
    public var strategy: Strategy
    /// The document's top level: its priorities, outcomes or themes, as many as it names.
    public var priorities: [Priority]
    /// A second level the document sets beside its priorities (objectives), when it has one.
    public var objectives: [Objective]
    /// Pledges, promises and charters made to children and care leavers.
    public var pledges: [Pledge]
    /// Working groups, sub-groups, partnerships, panels and champion roles, with their chairs.
    public var workingGroups: [WorkingGroup]
    /// The board and the youth participation groups.
    public var governance: Governance
    /// Strategy-wide measures and the figures the document reports outside any priority.
    public var measures: [Measure]
    /// How many children and young people the document says the council is corporate parent to.
    public var cohort: [CohortFigure]
    /// Items of the council's local offer for care leavers that the document names.
    public var localOffer: [Statement]
    /// What the document expects of corporate parents: responsibilities, top tips, questions to ask.
    public var expectations: [ExpectationSet]
    /// Places where the document contradicts itself, each statement kept with its source.
    public var inconsistencies: [Inconsistency]

    /// Creates a pack from its parts; the DSL initialiser is usually more convenient.
    public init(
        schemaVersion: Int = AuthorityPack.currentSchemaVersion,
        id: String,
        name: String,
        codes: AuthorityCodes = AuthorityCodes(),
        region: String? = nil,
        strategy: Strategy,
        priorities: [Priority] = [],
        objectives: [Objective] = [],
        pledges: [Pledge] = [],
        workingGroups: [WorkingGroup] = [],
        governance: Governance = Governance(),
        measures: [Measure] = [],
        cohort: [CohortFigure] = [],
        localOffer: [Statement] = [],
        expectations: [ExpectationSet] = [],
        inconsistencies: [Inconsistency] = []
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.name = name
        self.codes = codes
        self.region = region
        self.strategy = strategy
        self.priorities = priorities
        self.objectives = objectives
        self.pledges = pledges
        self.workingGroups = workingGroups
        self.governance = governance
        self.measures = measures
        self.cohort = cohort
        self.localOffer = localOffer
        self.expectations = expectations
        self.inconsistencies = inconsistencies
    }
}
