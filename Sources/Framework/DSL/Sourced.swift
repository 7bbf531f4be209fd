/// An item that carries the section of the document it comes from.
public protocol Sourced {
    /// The section this comes from, as a path of headings joined by " › ".
    var source: String { get set }
}

extension SectionPlaceable where Self: Sourced {
    /// A copy whose source is prefixed with `section`.
    public func placed(in section: String) -> Self {
        var copy = self
        copy.source = source.placed(in: section)
        return copy
    }
}

extension Strategy: Sourced, SectionPlaceable {}
extension Signatory: Sourced, SectionPlaceable {}
extension WorkingGroup: Sourced, SectionPlaceable {}
extension Board: Sourced, SectionPlaceable {}
extension ParticipationGroup: Sourced, SectionPlaceable {}
extension CohortFigure: Sourced, SectionPlaceable {}
extension ExpectationSet: Sourced, SectionPlaceable {}
