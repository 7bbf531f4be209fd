import CorporateParenting

/// One entry behind a coverage cell, as `cps coverage --explain` lists it: its kind, the basis on which it serves
/// the row, the document's words and where they are printed.
public struct CoverageSource: Codable, Equatable, Sendable {
    /// The kind of entry.
    public var kind: CoverageKind
    /// Whether the document states that it serves the row or the encoder judged so.
    public var basis: MappingBasis
    /// Whether it serves the row through the mapping of the item or body above it rather than a mapping of its own
    /// (the basis is then that item's or body's).
    public var inherited: Bool
    /// Its id in the pack, when it has one.
    public var id: String?
    /// What the document calls it, for an item ("priority", "objective").
    public var itemLevel: ItemLevel?
    /// The label printed with it, for an item ("Priority 2").
    public var label: String?
    /// Its text as printed: an item's title, a body's or local principle's name, an action's or metric's words.
    public var text: String
    /// An action's owner, as printed.
    public var owner: String?
    /// An action's timeline, as printed.
    public var timeline: String?
    /// An action's due date.
    public var due: PartialDate?
    /// A metric's target, in the document's words.
    public var target: String?
    /// A metric's baseline, in the document's words.
    public var baseline: String?
    /// The headings from the top of the document down to where it is printed, joined with " › ".
    public var section: String
    /// The id of the section it is printed in.
    public var sectionID: String
    /// Where it stands in the pack's JSON.
    public var path: String
}
