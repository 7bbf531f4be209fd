/// One thing written inside a ``Measure``: its target, baseline or a reported figure.
public enum MeasureElement: SectionPlaceable, Sendable {
    /// The target the document sets.
    case target(Target)
    /// The baseline the document names.
    case baseline(Baseline)
    /// A figure the document reports.
    case observation(Observation)

    /// A copy whose sources are prefixed with `section`.
    public func placed(in section: String) -> MeasureElement {
        switch self {
        case .observation(let item): .observation(item.placed(in: section))
        case .target, .baseline: self
        }
    }
}
